// Nested Maps, Sets, arrays and objects beyond the default depth, class instances inside collections, and empty collections.
class Box { constructor(v) { this.v = v; } }
console.log(new Map(), new Set(), [], {}, new Map([[new Box(1), new Box({ deep: { deeper: 1 } })]]));
console.log(new Set([new Set([new Set([new Set([1])])])]));
console.log([new Map([[1, new Map([[2, new Map([[3, "x"]])]])]])]);
console.log({ l1: new Set([{ l3: [{ l4: 1 }] }]) });
console.log(new Map([["a", 1], ["b", 2], ["c", 3], ["d", 4], ["e", 5], ["f", 6], ["g", 7], ["h", 8]]));
console.log(new Set(Array.from({ length: 30 }, (_, i) => i)));
console.log(Array.from({ length: 101 }, (_, i) => i % 3));
console.log(new Map(Array.from({ length: 101 }, (_, i) => [i, i])).size, new Set("x".repeat(5)));
