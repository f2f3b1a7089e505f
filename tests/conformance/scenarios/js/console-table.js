// console.table with arrays of objects, arrays of arrays, plain objects, a column filter, primitives and mixed values.
console.table([{ a: 1, b: "two" }, { a: 3, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ row1: { x: 1 }, row2: { y: 2 } });
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }], ["a", "c"]);
console.table(["apple", "banana"]);
console.table("not tabular");
console.table(42);
console.table([]);
console.table([{ nested: { deep: 1 }, arr: [1, 2] }, null, 5]);
console.table(new Map([["k1", 1], ["k2", { v: 2 }]]));
console.table(new Set(["s1", "s2"]));
