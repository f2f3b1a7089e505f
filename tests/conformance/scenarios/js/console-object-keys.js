// Property key quoting and ordering in console.log: integer-like keys first, keys needing quotes, symbol keys last, non-enumerable hidden, accessor display.
const o = { b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", "1.5": "float", "with space": 1, "kebab-case": 2, $dollar: 3, _under: 4, "0x1": 5, ünïcode: 6, "": 7 };
o[Symbol("sym")] = "symbol value";
o[Symbol.for("registered")] = "registered value";
Object.defineProperty(o, "hidden", { value: "not shown", enumerable: false });
console.log(o);
console.log(Object.keys(o).join(","));
const arr = [1, 2, 3];
arr.extra = "prop";
arr[-1] = "negative index";
arr[Symbol("s")] = 1;
console.log(arr);
console.log(Object.defineProperty([], "length", { value: 3 }));
