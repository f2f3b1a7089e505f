// %TypedArray%.prototype.{toSorted,toReversed,with} plus findLast/findLastIndex/at (native).
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const C of kinds) {
  const ta = new C([3, -1, 200, 0.5, 7]);
  show(`${C.name}`, () => [ta.toSorted(), ta.toReversed(), ta.with(1, 300), ta.with(-1, 1.7), ta]);
}
for (const C of [BigInt64Array, BigUint64Array]) {
  const ta = new C([3n, 1n, 2n]);
  show(`${C.name}`, () => [ta.toSorted(), ta.toSorted((a, b) => (a < b ? 1 : -1)), ta.toReversed(), ta.with(0, -1n)]);
  show(`${C.name} with number`, () => ta.with(0, 1));
  show(`${C.name} with string`, () => ta.with(0, "12"));
}
const f = new Float64Array([NaN, -0, 0, -Infinity, 3, NaN, 1]);
show("float special", () => f.toSorted());
show("float cmp", () => f.toSorted((a, b) => b - a));
show("with range", () => new Uint8Array(2).with(2, 0));
show("with -3", () => new Uint8Array(2).with(-3, 0));
show("with 5.5", () => new Uint8Array(2).with(5.5, 0));
show("with symbol", () => new Uint8Array(2).with(0, Symbol()));
show("with valueOf order", () => {
  const log = [];
  new Uint8Array(2).with({ valueOf() { log.push("index"); return 0; } }, { valueOf() { log.push("value"); return 1; } });
  return log;
});
show("with out of range value first", () => {
  const log = [];
  try {
    new Uint8Array(2).with(9, { valueOf() { log.push("value"); return 1; } });
  } catch (e) {
    log.push(e.message);
  }
  return log;
});
const TA = Object.getPrototypeOf(Uint8Array.prototype);
for (const name of ["toSorted", "toReversed", "with"]) {
  show(`${name} on array`, () => TA[name].call([1], 0, 0));
  show(`${name} on object`, () => TA[name].call({}, 0, 0));
  show(`${name} on null`, () => TA[name].call(null, 0, 0));
  const d = Object.getOwnPropertyDescriptor(TA, name);
  console.log(name, d.value.name, d.value.length, d.writable, d.enumerable, d.configurable, String(d.value));
}
show("toSorted cmp 1", () => new Uint8Array(1).toSorted(1));
show("toSorted cmp obj", () => new Uint8Array(1).toSorted({}));
const calls = [];
new Int32Array([5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10, 20, 18]).toSorted((a, b) => {
  calls.push(`${a}:${b}`);
  return a - b;
});
console.log(calls.join(" "));
show("result type", () => {
  class MyU8 extends Uint8Array {}
  const r = new MyU8([2, 1]).toSorted();
  return [r.constructor.name, r instanceof MyU8, r];
});
show("findLast", () => [new Uint8Array([1, 2, 3]).findLast((x) => x < 3), new Uint8Array([1, 2, 3]).findLastIndex((x) => x > 5)]);
console.log(TA.toSorted, TA.with);
