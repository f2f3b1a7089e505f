// Newer standard built-ins used in ordinary code: toSorted/toReversed/with, findLast, Object.groupBy, Map.groupBy, Set methods, iterator helpers, structuredClone, and how console prints them.
console.log([3, 1, 2].toSorted(), [1, 2, 3].toReversed(), [1, 2, 3].with(1, 9), [1, 2, 3, 4].toSpliced(1, 2));
console.log([1, 2, 3, 4].findLast((x) => x % 2 === 1), [1, 2, 3].at(-1), Object.hasOwn({ a: 1 }, "a"));
console.log(Object.groupBy([1, 2, 3, 4, 5], (x) => (x % 2 ? "odd" : "even")));
console.log(Map.groupBy(["apple", "avocado", "banana"], (s) => s[0]));
console.log(new Set([1, 2, 3]).union(new Set([3, 4])), new Set([1, 2, 3]).intersection(new Set([2, 3, 9])));
console.log([1, 2, 3, 4].values().map((x) => x * 2).filter((x) => x > 2).toArray());
console.log(Iterator.from([5, 6, 7]).take(2).toArray(), [..."abc"].entries().drop(1).toArray());
const clone = structuredClone({ d: new Date(0), m: new Map([[1, { deep: true }]]), s: new Set([1]) });
console.log(clone);
console.log("abc".isWellFormed(), "x".replaceAll("x", "y"), [1, [2, [3]]].flat(Infinity));
console.log(new Float16Array([1.5, 2]));
