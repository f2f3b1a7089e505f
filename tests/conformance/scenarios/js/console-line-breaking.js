// Line-breaking thresholds of console.log: objects/arrays near 72-80 characters, many short entries, nested depth > 2, long strings in objects, number grouping in long arrays.
console.log({ a: "x".repeat(50), b: 1 });
console.log({ a: "x".repeat(60), b: 1 });
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12 });
console.log(["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd", "eeeeeeeeee", "ffffffffff", "gggggggggg"]);
console.log(Array.from({ length: 30 }, (_, i) => i * 1111));
console.log(Array.from({ length: 27 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat((i % 5) + 1)));
console.log([[1, [2, [3, [4]]]], { a: { b: { c: { d: 1 } } } }]);
console.log({ arr: [{ x: [1, 2, { y: [3] }] }] });
console.log(new Map([[{ key: "obj" }, new Map([["inner", new Set([1, [2, [3]]])]])]]));
console.log({ multi: "line one\nline two", empty: "", unicode: "héllo ✓ 😀", ctrl: "\u0001\u001b[31m" });
console.log(["\u0000", "\t", "\\", "'", '"', "`"]);
console.log([undefined, null, NaN, -0, 0n, true, Symbol("x"), () => {}]);
