// Many row/column shapes.
console.table([[1, 2, 3], [4], [], [5, 6, 7, 8]]);
console.table([["a", "b"], ["日本", "c"]]);
console.table([{ a: -1, b: 1.0, c: "1", d: 1n, e: -0, f: 1e21, g: Infinity }]);
console.table([{ n: 1 }, { n: 22 }, { n: 333 }, { n: -4444 }]);
console.table([{ n: 1 }, { n: 2.5 }]);
console.table([{ n: 1 }, { m: 2 }]);
console.table([{ b: true }, { b: false }]);
console.table([new Map([["a", 1]]), new Set([1]), new Date(0), /x/]);
console.table([new Uint8Array([7, 8]), new Int16Array([-1])]);
const extra = [1, 2]; extra.label = "L";
console.table([extra]);
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get sum() { return this.x + this.y; }
}
console.table([new Point(1, 2), new Point(3, 4)]);
console.table([new Point(1, 2), new Point(3, 4)], ["x", "sum", "missing"]);
console.table({ p: new Point(5, 6), q: { x: "str", z: null } });
console.table(new Map([[1, "one"], ["two", 2], [null, undefined], [{}, []], [Symbol("s"), true]]));
console.table(new Set([[1, 2], [3, { a: 1 }]]));
console.table(new Set([{ x: 1 }, "s", 2, null, undefined, [9]]));
console.table(new Map([["k", { a: 1, b: 2 }], ["j", { b: 3, c: 4 }]]), ["Values", "Key"]);
console.table(Object.assign(Object.create(null), { a: { x: 1 }, b: { y: 2 } }));
console.table([Object.assign(Object.create(null), { a: 1 })]);
console.table({ length: 2, 0: { a: 1 }, 1: { a: 2 } });
console.table("abc".split(""));
console.table(Array.from({ length: 3 }));
console.table(new Array(3));
console.table([[[1, [2, [3, [4]]]]]]);
console.table([{ a: { b: { c: { d: 1 } } } }], ["a"]);
console.table([{ a: [1, 2, [3, [4, [5]]]] }]);
console.table([{ s: new String("boxed"), n: new Number(3), b: new Boolean(false) }]);
console.table([{ w: new WeakMap(), ws: new WeakSet(), wr: new WeakRef({}) }]);
console.table([{ p: Promise.resolve([1, { a: 2 }]), r: Promise.reject(new Error("x")).catch(() => {}) }]);
console.table([{ ab: new ArrayBuffer(3), dv: new DataView(new ArrayBuffer(1)) }]);
console.table([{ proxy: new Proxy({ a: 1 }, {}), proxyFn: new Proxy(function pf() {}, {}) }]);
console.table([{ gen: (function* () {})(), it: [1, 2][Symbol.iterator](), mi: new Map([[1, 2]]).entries() }]);
console.table([{ sym: Symbol.iterator, sym2: Symbol.for("reg"), sym3: Symbol() }]);
console.table([{ "key with space": 1, "quo\"te": 2, "new\nline": 3 }]);
console.table([{ html: "<b>bold</b>", uni: "\u00e9\u4e2d\ud83d\ude00" }]);
console.table([{ nl: "line1\nline2", cr: "a\rb", nul: "\0", bs: "back\\slash" }]);
console.table([{ single: "it's", double: 'say "x"', both: `it's "x"`, all: "`'\"" }]);
