// How existing iterators print now that Iterator.prototype has accessor constructor / tag.
function* g() { yield 1; }
console.log([1, 2].values(), new Map([[1, 2]]).entries(), new Set([1]).values(), "ab"[Symbol.iterator](), "ab".matchAll(/a/g));
console.log(g(), g, (async function* () {})(), Object.create(Iterator.prototype), Iterator.prototype);
console.log([[1, 2].values().map((x) => x)], { it: [1].values().filter(Boolean) });
console.log(Iterator.from({ next() { return { done: true }; } }), Iterator.concat([1]));
console.log(Object.prototype.toString.call(g()), Object.prototype.toString.call([].values()), String(Object.create(Iterator.prototype)));
console.log(Deno.inspect(Iterator.prototype, { showHidden: true }));
class MyIter extends Iterator {
  next() { return { done: true, value: undefined }; }
}
console.log(new MyIter(), MyIter, Object.getPrototypeOf(MyIter) === Iterator);
console.log([...[1, 2, 3].values().map((x) => x * 2)], Array.from(new Set([1, 2]).values().filter((x) => x > 1)));
for (const x of Iterator.from("hi").map((c) => c.toUpperCase())) console.log(x);
const entries = Object.entries({ a: 1, b: 2 }).values().map(([k, v]) => `${k}=${v}`).toArray();
console.log(entries);
