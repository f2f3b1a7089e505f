// Math.sumPrecise, Math.f16round, DataView.prototype.{getFloat16,setFloat16}, Atomics.pause.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const sums = [[], [-0], [-0, -0], [-0, 0], [0], [1, 2, 3], [0.1, 0.2], [0.1, 0.2, 0.3], [1e308, 1e308], [1e308, 1e308, -1e308],
  [-1e308, -1e308], [Infinity, 1], [Infinity, -Infinity], [-Infinity, -1], [NaN, 1], [1, NaN, Infinity], [1e20, 1, -1e20],
  [2 ** 53, 1, 1], [1, 1e-16, 1e-16], [Number.MAX_VALUE, Number.MAX_VALUE / 2 ** 53], [Number.MAX_VALUE, -Number.MAX_VALUE, 5],
  [5e-324, 5e-324], [-5e-324, 5e-324], [1.5, -1.5], [0.3, -0.1, -0.2], [1e16, 1, 1, 1, 1], [3, 1e100, -1e100],
  [Number.MAX_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, -Number.MAX_VALUE, 1]];
for (const s of sums) show(`sumPrecise(${s.join(",")})`, () => Math.sumPrecise(s));
show("random-ish", () => {
  const vals = [];
  let x = 0.5;
  for (let i = 0; i < 200; i++) {
    x = (x * 9301 + 49297) % 233280;
    vals.push((x / 233280 - 0.5) * 10 ** ((i % 40) - 20));
  }
  return [Math.sumPrecise(vals), vals.reduce((a, b) => a + b)];
});
show("generator", () => Math.sumPrecise((function* () { yield 1; yield 2; })()));
show("set", () => Math.sumPrecise(new Set([1, 2, 2])));
for (const v of [undefined, null, 1, "12", {}, [1n], ["1"], [undefined], [{}], [null], [new Number(1)], [true]]) {
  show(`sumPrecise(${Deno.inspect(v)})`, () => Math.sumPrecise(v));
}
show("closes on bad value", () => {
  const log = [];
  const it = { [Symbol.iterator]() { return { next() { return { value: "x", done: false }; }, return() { log.push("closed"); return {}; } }; } };
  try {
    Math.sumPrecise(it);
  } catch (e) {
    log.push(e.message);
  }
  return log;
});
for (const x of [0, -0, 1, 1.337, 0.1, -0.1, 65504, 65519.99, 65520, 65536, -65520, 1e10, 5.960464477539063e-8, 2.9802322387695312e-8,
  2.9802322387695315e-8, 8.940696716308594e-8, 6.097555160522461e-5, 6.103515625e-5, 6.1e-5, 1e-7, 1e-8, NaN, Infinity, -Infinity,
  1.0009765625, 1.00048828125, 1.00146484375, 2049, 2051, "1.5", null, undefined, true, [2]]) {
  show(`f16round(${Deno.inspect(x)})`, () => Math.f16round(x));
}
show("f16round symbol", () => Math.f16round(Symbol()));
show("f16round bigint", () => Math.f16round(1n));
const dv = new DataView(new ArrayBuffer(8));
dv.setFloat16(0, 1.5);
dv.setFloat16(2, -0.1, true);
dv.setFloat16(4, 65520);
dv.setFloat16(6, NaN);
show("float16", () => [dv.getFloat16(0), dv.getFloat16(2, true), dv.getFloat16(2), dv.getFloat16(4), dv.getFloat16(6), dv.getUint16(0), dv.getUint16(2, true), dv.getUint16(4), dv.getUint16(6)]);
show("float16 subnormal", () => { dv.setFloat16(0, 1e-7); return [dv.getUint16(0), dv.getFloat16(0)]; });
show("setFloat16 returns", () => dv.setFloat16(0, 1));
show("getFloat16 range", () => dv.getFloat16(7));
show("getFloat16 negative", () => dv.getFloat16(-1));
show("setFloat16 range", () => dv.setFloat16(8, 1));
show("getFloat16 receiver", () => DataView.prototype.getFloat16.call({}, 0));
show("setFloat16 receiver", () => DataView.prototype.setFloat16.call(new Uint8Array(2), 0, 1));
show("order of conversions", () => {
  const log = [];
  dv.setFloat16({ valueOf() { log.push("offset"); return 0; } }, { valueOf() { log.push("value"); return 2; } });
  return [log, dv.getFloat16(0)];
});
for (const v of [undefined, 0, -0, 5, -5, 1e300, NaN, Infinity, 1.5, "1", new Number(1), null]) {
  show(`Atomics.pause(${Deno.inspect(v)})`, () => Atomics.pause(v));
}
show("Atomics.pause()", () => Atomics.pause());
for (const [o, k] of [[Math, "sumPrecise"], [Math, "f16round"], [DataView.prototype, "getFloat16"], [DataView.prototype, "setFloat16"], [Atomics, "pause"]]) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  console.log(k, d.value.length, d.writable, d.enumerable, d.configurable, d.value, String(d.value));
}
