// Nested objects, arrays and Maps beyond the inspect depth (4 in Deno) print as [Object] / [Array] / [Map]; line breaking of wide objects; circular refs.
const deep = { level1: { level2: { level3: { level4: { level5: "bottom" } } } } };
console.log(deep);
console.log([[[[["five deep"]]]]]);
console.log({ a: { b: { c: { d: { e: { f: { g: "seven deep" } } } } } } });
console.log([[[[[[["seven deep"]]]]]]]);
console.log({ a: { b: { c: { d: { m: new Map([[1, 2]]), s: new Set([1]), arr: [1], obj: { x: 1 }, empty: {}, emptyArr: [] } } } } });
console.log({ a: [{ b: [{ c: 1 }] }] });
console.log({ arr: [1, 2, [3, 4, [5, 6, [7, 8]]]] });
const wide = {};
for (let i = 0; i < 30; i++) wide["key" + i] = i;
console.log(wide);
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddddd", epsilon: "e" });
console.log({ empty: {}, emptyArr: [], nested: { empty: {} } });
const circular = { name: "circ", inner: { list: [] } };
circular.self = circular;
circular.inner.list.push(circular, circular.inner);
console.log(circular);
