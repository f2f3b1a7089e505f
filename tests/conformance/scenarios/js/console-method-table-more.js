console.table(new Map([[1, 2]]), []);
console.table([1, 2], []);
console.table([{ a: 1 }, "x"], []);
class MyMap extends Map {}
class MySet extends Set {}
console.table(new MyMap([["k", { a: 1 }]]));
console.table(new MySet(["v"]));
try { console.table(Object.create(new Map([[1, 2]]))); } catch (e) { console.log(e.name); }
console.table(Object.assign([{ a: 1 }], { [Symbol.iterator]: null }));
console.table({ [Symbol.iterator]: null, r: { a: 1 } });
const m = new Map([["x", 1]]);
m[Symbol.iterator] = function* () { yield "overridden"; };
console.table(m);
const arr = [{ a: 1 }];
arr[Symbol.iterator] = function* () { yield "overridden"; };
console.table(arr);
console.table(new Set("hello"));
console.table(new Map(Object.entries({ a: [1, 2], b: { c: [3] } })));
console.table([new Map([["a", 1]])], ["size"]);
console.table([[1, 2]], ["length", "0"]);
console.table(["str"], ["length"]);
console.table([{ a: 1 }], ["a", "constructor"]);
console.table([Object.create(null)], ["toString"]);
