// Array.prototype.{toSorted,toReversed,toSpliced,with}: values, array-likes, holes, errors,
// comparator calls, attributes and inspection.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const a = [3, 1, undefined, 2, , 10];
show("toSorted", () => a.toSorted());
show("toSorted cmp", () => a.toSorted((x, y) => y - x));
show("original", () => a);
show("toReversed", () => a.toReversed());
show("toSpliced()", () => a.toSpliced());
show("toSpliced(1)", () => a.toSpliced(1));
show("toSpliced(1, 2)", () => a.toSpliced(1, 2));
show("toSpliced(-2, 1, 'x', 'y')", () => a.toSpliced(-2, 1, "x", "y"));
show("toSpliced(undefined, undefined)", () => a.toSpliced(undefined, undefined));
show("toSpliced(1, -5)", () => a.toSpliced(1, -5, "z"));
show("toSpliced(-Infinity, Infinity)", () => a.toSpliced(-Infinity, Infinity));
show("with(0)", () => a.with(0, "first"));
show("with(-1)", () => a.with(-1, "last"));
show("with(4) hole", () => a.with(4, "h"));
for (const i of [6, -7, 5.5, "7", Infinity, -Infinity, -2.5, NaN, "x"]) show(`with(${String(i)})`, () => a.with(i, 0));
const arrayLike = { length: 3, 0: "a", 1: "b", 2: "c", 3: "ignored" };
show("array-like toSorted", () => Array.prototype.toSorted.call(arrayLike));
show("array-like toReversed", () => Array.prototype.toReversed.call(arrayLike));
show("array-like with", () => Array.prototype.with.call(arrayLike, 1, "B"));
show("array-like toSpliced", () => Array.prototype.toSpliced.call(arrayLike, 1, 1, "X", "Y"));
show("string toReversed", () => Array.prototype.toReversed.call("abc"));
show("number toSorted", () => Array.prototype.toSorted.call(5));
for (const cmp of [1, null, {}, "abc", [], Symbol("s"), 10n, true]) show(`toSorted(${typeof cmp})`, () => [].toSorted(cmp));
show("toSorted null this", () => Array.prototype.toSorted.call(null));
show("toReversed undefined this", () => Array.prototype.toReversed.call(undefined));
show("with null this", () => Array.prototype.with.call(null, 0, 0));
show("toSpliced null this", () => Array.prototype.toSpliced.call(null));
show("toSorted big", () => Array.prototype.toSorted.call({ length: 2 ** 32 }));
show("toReversed big", () => Array.prototype.toReversed.call({ length: 2 ** 32 }));
show("with big", () => Array.prototype.with.call({ length: 2 ** 32 }, 0, 0));
show("toSpliced big", () => Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1));
show("toSpliced big2", () => Array.prototype.toSpliced.call({ length: 2 ** 32 }, 0, 0));
// Comparator calls (V8's TimSort) and the order of reads.
const calls = [];
const data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 15, 13, 12, 14];
data.toSorted((x, y) => {
  calls.push(`${x}:${y}`);
  return x - y;
});
console.log(calls.join(" "));
const reads = [];
const proxy = new Proxy([3, 2, 1], {
  get(t, k, r) {
    reads.push(String(k));
    return Reflect.get(t, k, r);
  },
});
Array.prototype.toSorted.call(proxy);
Array.prototype.toReversed.call(proxy);
Array.prototype.with.call(proxy, 1, 0);
Array.prototype.toSpliced.call(proxy, 1, 1);
console.log(reads.join(","));
show("valueOf order", () => {
  const log = [];
  const r = [1, 2, 3].toSpliced({ valueOf() { log.push("start"); return 1; } }, { valueOf() { log.push("skip"); return 1; } });
  return [r, log];
});
show("comparator throws", () => [2, 1].toSorted(() => { throw new Error("cmp"); }));
show("sparse stays dense", () => Object.keys([, 1].toReversed()));
show("sort stable", () => [{ k: 1, v: "a" }, { k: 0, v: "b" }, { k: 1, v: "c" }].toSorted((x, y) => x.k - y.k).map((o) => o.v).join(""));
// Attributes, names, lengths; not constructors; unscopables.
for (const name of ["toSorted", "toReversed", "toSpliced", "with"]) {
  const fn = Array.prototype[name];
  const d = Object.getOwnPropertyDescriptor(Array.prototype, name);
  console.log(name, fn.name, fn.length, d.writable, d.enumerable, d.configurable, "prototype" in fn, String(fn));
  show(`new ${name}`, () => new fn());
}
console.log(Array.prototype.toSorted, [Array.prototype.with], { f: Array.prototype.toSpliced });
console.log(Array.prototype[Symbol.unscopables]);
console.log(Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables));
console.log(new Function("with ([1, 2]) return [typeof toSorted, typeof toReversed, typeof toSpliced, typeof push];")());
