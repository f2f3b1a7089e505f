// With colors on, entries are measured without their escape codes when lines are broken and
// arrays grouped.
console.dir(Array.from({ length: 30 }, (_, i) => i), { colors: true });
console.dir(Array.from({ length: 30 }, (_, i) => "s" + i), { colors: true });
console.dir(Array.from({ length: 8 }, (_, i) => ({ i })), { colors: true });
console.dir({ aaaa: 1, bbbb: 2, cccc: 3, dddd: 4, eeee: 5, ffff: 6, gggg: 7, hhhh: 8 }, { colors: true });
console.dir({ aaaa: 1, bbbb: 2, cccc: 3, dddd: 4, eeee: 5, ffff: 6, gggg: 7, hhhh: 8, iiii: 9, jjjj: 10, kkkk: 11 }, { colors: true });
console.dir({ a: { b: { c: { d: [1, 2, 3] } } }, s: "x".repeat(60) }, { colors: true });
console.dir({ long: "y".repeat(100) }, { colors: true });
console.dir(new Map(Array.from({ length: 10 }, (_, i) => [i, "v" + i])), { colors: true });
console.dir([[1, 2, [3, 4, [5, 6]]], { k: [true, false, null, undefined] }], { colors: true, depth: 5 });
console.dir({ x: 1 }, { colors: true, compact: false });
console.dir(Array.from({ length: 120 }, (_, i) => i * 1000), { colors: true });
console.group("g");
console.dir({ aaaa: 1, bbbb: 2, cccc: 3, dddd: 4, eeee: 5, ffff: 6, gggg: 7, hhhh: 8, iiii: 9 }, { colors: true });
console.groupEnd();
console.log({ after: "colors are off again", arr: Array.from({ length: 30 }, (_, i) => i) });
