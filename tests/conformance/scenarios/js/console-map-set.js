// Map and Set formatting, including empty, nested, object keys, and large ones; WeakMap/WeakSet show no entries.
console.log(new Map());
console.log(new Set());
console.log(new Map([["a", 1], ["b", { nested: true }], [{ objKey: 1 }, [1, 2]]]));
console.log(new Set([1, "two", [3], { four: 4 }]));
console.log({ m: new Map([[1, new Map([[2, new Map([[3, "deep"]])]])]]) });
console.log([new Set(["in", "array"])]);
console.log(new Map(Array.from({ length: 30 }, (_, i) => [i, "v" + i])));
console.log(new Set(Array.from({ length: 120 }, (_, i) => i)));
console.log(new WeakMap(), new WeakSet());
console.log(new Map([[NaN, -0], [undefined, null]]));
