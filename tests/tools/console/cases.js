// Conformance cases for core/runtime/js/console.js.
//
// Each case is { name, code } where `code` is a JavaScript expression (evaluated
// with an indirect eval in global scope, as strict code like a module's) that
// produces the ARGUMENT ARRAY of one console.log call. A case may be written as a string or
// as an arrow function; a function is turned into the expression
// `(<function source>)()`, so it must not capture anything from this module.
//
// `needsHost: true` marks cases whose output depends on what only the engine can
// tell (promise state, proxy target, iterator entries): the C++ host functions
// promiseState / proxyDetails / previewEntries.
//
// `stack: true` marks cases that print a REAL error stack; they are run by
// generate.sh for a look but never written to the JSON (paths and line numbers
// differ between implementations).

const list = [];
function c(name, code, extra = {}) {
  const text = typeof code === "function" ? `(${code.toString()})()` : code;
  list.push({ name, code: text, ...extra });
}
const host = { needsHost: true };

// ---------------------------------------------------------------- primitives
c("undefined", "[undefined]");
c("null", "[null]");
c("true", "[true]");
c("false", "[false]");
c("booleans mixed", "[true, false, true]");
c("zero", "[0]");
c("negative zero", "[-0]");
c("negative zero in array", "[[-0, 0, -0.0]]");
c("integer", "[42]");
c("negative float", "[-3.25]");
c("float noise", "[0.1 + 0.2]");
c("NaN", "[NaN]");
c("Infinity", "[Infinity, -Infinity]");
c("big number exponent", "[1e21, 1e-7, 123456789012345680000]");
c("max safe integer", "[Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE]");
c("bigint", "[1n]");
c("bigint negative and huge", "[-5n, 2n ** 100n]");
c("bigint in array", "[[1n, 2n, 3n]]");
c("string top-level", "['hello world']");
c("empty string top-level", "['']");
c("string top-level with newline", "['line1\\nline2']");
c("two strings", "['a', 'b']");
c("string number string", "['a', 1, 'b']");
c("empty args", "[]");
c("undefined null pair", "[undefined, null]");
c("mixed args with array", "[1, 'a', ['a']]");
c("symbol", "[Symbol('x')]");
c("symbol no description", "[Symbol()]");
c("symbol with space description", "[Symbol('a b')]");
c("symbol dotted description", "[Symbol('a.b'), Symbol('1a'), Symbol('')]");
c("well-known symbol", "[Symbol.iterator]");
c("Symbol.for", "[Symbol.for('reg')]");
c("symbol in array", "[[Symbol('x'), Symbol('a-b')]]");

// ---------------------------------------------------------------- strings in containers
c("string in array", "[['a']]");
c("string with double quote", `[['a"b']]`);
c("string with double and single quote", `[['a"b\\'c']]`);
c("string with all three quotes", "[['a\"b\\'c\\x60d']]");
c("string with backslash", "[['a\\\\b']]");
c("string with newline in array", "[['a\\nb']]");
c("string escapes", "[['\\t\\r\\b\\f\\v']]");
c("string control chars", "[['\\x00\\x01\\x1b\\x7f\\x85\\x9f']]");
c("string unicode", "[['héllo', 'ü', '日本語', '😀']]");
c("string line separator", "[['a\\u2028b\\u00a0c']]");
c("empty string in array", "[['']]");
c("string with backtick only", "[['a\\x60b']]");
c("string with single quote", "[[\"it's\"]]");
c("long string in array no newline", () => [["x".repeat(100)]]);
c("long multiline string in array", () => [["first line of text\nsecond line of the text that is long enough to break\nthird"]]);
c("multiline string short", () => [["a\nb\nc"]]);
c("multiline string in object", () => [{ text: "some longer text here\nwith a second line that makes it long enough\nend" }]);
c("multiline string long nested", () => [{ a: { b: ["alpha beta gamma delta\nepsilon zeta eta theta iota kappa lambda mu nu xi omicron\npi"] } }]);
c("string exactly 16 with newline", () => [["abcdefgh\nabcdefg"]]);
c("string of 10001 chars", () => [["y".repeat(10001)]]);

// ---------------------------------------------------------------- functions
c("function named", "[function foo() {}]");
c("function anonymous", "[function () {}]");
c("arrow anonymous", "[() => {}]");
c("arrow named via object", "[{ f: () => 1 }]");
c("function in object", "[{ g: function () {} }]");
c("method shorthand", "[{ m() {} }]");
c("async function", "[async function af() {}]");
c("async arrow", "[async () => {}]");
c("generator function", "[function* gen() {}]");
c("async generator function", "[async function* ag() {}]");
c("anonymous generator", "[function* () {}]");
c("anonymous async generator", "[async function* () {}]");
c("bound function", "[function f() {}.bind(null)]");
c("bound anonymous function", "[(() => {}).bind(null)]");
c("bound async function", "[async function af() {}.bind(null)]");
c("class", "[class A {}]");
c("class anonymous", "[class {}]");
c("class extends", () => {
  class A {}
  class B extends A {}
  return [B];
});
c("class extends null", "[class N extends null {}]");
c("class static property", "[class S { static x = 1; static y = 'z'; }]");
c("class with comment before brace", "[class /* c */ K /* d */ {}]");
c("function with properties", () => [Object.assign(function withProps() {}, { a: 1, b: "x" })]);
c("anonymous function with properties", () => {
  const f = Object.assign(() => {}, { a: 1 });
  return [[f]];
});
c("function null prototype", () => [Object.setPrototypeOf(function np() {}, null)]);
c("function with class prototype", () => {
  class Base {}
  const f = function weird() {};
  Object.setPrototypeOf(f, Base);
  return [f];
});
c("builtin functions", "[Math.max, Array.prototype.push, parseInt]");
c("builtin constructors", "[Object, Array, Map, Promise, Error]");
c("function with name property changed", () => {
  const f = function orig() {};
  Object.defineProperty(f, "name", { value: "renamed" });
  return [f];
});
c("function with non-string name", () => {
  const f = function orig() {};
  Object.defineProperty(f, "name", { value: 42 });
  return [f];
});
c("functions in array", "[[function a() {}, () => {}, class C {}]]");
c("symbol-keyed function property", () => [Object.assign(function sp() {}, { [Symbol("k")]: 1 })]);

// ---------------------------------------------------------------- arrays
c("empty array", "[[]]");
c("array of numbers", "[[1, 2, 3]]");
c("array of mixed", "[[1, 'two', null, undefined, true, 3n]]");
c("nested arrays", "[[[1, [2, [3]]]]]");
c("array one hole", "[[, 1]]");
c("array hole in middle", "[[1, , 3]]");
c("array many holes", "[[1, , , , 5]]");
c("array trailing holes", "[[1, 2, , ,]]");
c("new Array(5)", "[new Array(5)]");
c("new Array(1)", "[new Array(1)]");
c("sparse large", () => {
  const a = [];
  a[2] = "x";
  a[50] = "y";
  return [a];
});
c("array with extra property", () => [Object.assign([1, 2], { a: 1 })]);
c("empty array with property", () => [Object.assign([], { k: "v" })]);
c("array with symbol property", () => [Object.assign([1], { [Symbol("s")]: 2 })]);
c("array of 7 numbers grouped", "[[1, 2, 3, 4, 5, 6, 7]]");
c("array of 6 numbers", "[[1, 2, 3, 4, 5, 6]]");
c("array of 26 numbers", () => [Array.from({ length: 26 }, (_, i) => i)]);
c("array of 100 numbers", () => [Array.from({ length: 100 }, (_, i) => i * 3)]);
c("array of 101 numbers", () => [Array.from({ length: 101 }, (_, i) => i)]);
c("array of 150 numbers", () => [Array.from({ length: 150 }, (_, i) => i)]);
c("array of 102 strings", () => [Array.from({ length: 102 }, (_, i) => "s" + i)]);
c("array of words grouped", () => [["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince", "raspberry"]]);
c("array of mixed width numbers", () => [[1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 9, 10, 11, 12]]);
c("array of negative and float numbers", () => [[-1.5, 2.25, -3, 4e-7, 5, 6000, -7.125, 8, 9.5]]);
c("array of bigints grouped", () => [[1n, 22n, 333n, 4444n, 5n, 6n, 7n, 8n]]);
c("array of booleans grouped", () => [[true, false, true, false, true, false, true, false]]);
c("array of short strings grouped", () => [["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]]);
c("array of 7 long strings", () => [["a fairly long string number one", "another long string two", "three", "four", "five", "six", "seven"]]);
c("array one very long entry", () => [[1, 2, 3, 4, 5, 6, "a very long string that dominates all the other entries in this array"]]);
c("array of objects", () => [[{ a: 1 }, { a: 2 }, { a: 3 }]]);
c("array of 8 small objects", () => [Array.from({ length: 8 }, (_, i) => ({ i }))]);
c("array of arrays matrix", () => [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]);
c("array of 10 arrays", () => [Array.from({ length: 10 }, (_, i) => [i, i * 2])]);
c("array with nulls and undefined grouped", () => [[null, undefined, null, undefined, null, undefined, null]]);
c("array long single line breaks", () => [["aaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccc", "dddddddddddddddddddd"]]);
c("array just under 80", () => [["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", "cccccccccccccccc", "ddddddddd"]]);
c("array of cjk strings grouped", () => [["日本", "中文", "한국어", "テスト", "漢字", "かな", "カナ", "語"]]);
c("array of 7 with holes", () => [[1, , 3, , 5, , 7, , 9]]);
c("array grouped inside object", () => [{ data: Array.from({ length: 30 }, (_, i) => i * i) }]);
c("array grouped nested twice", () => [{ a: { b: Array.from({ length: 20 }, (_, i) => "item" + i) } }]);
c("array subclass", () => {
  class MyArr extends Array {}
  return [MyArr.from([1, 2])];
});
c("array 101 holes", () => [new Array(101)]);
c("array with 101 items and extra key", () => [Object.assign(Array.from({ length: 101 }, () => 0), { extra: true })]);
c("array of functions grouped", () => [[function a() {}, function b() {}, function c() {}, function d() {}, function e() {}, function f() {}, function g() {}]]);
c("array of symbols grouped", () => [[Symbol("a"), Symbol("b"), Symbol("c"), Symbol("d"), Symbol("e"), Symbol("f"), Symbol("g")]]);
c("array with negative index property", () => {
  const a = [1, 2];
  a["-1"] = "neg";
  a["1.5"] = "frac";
  return [a];
});

// ---------------------------------------------------------------- objects
c("empty object", "[{}]");
c("simple object", "[{ a: 1, b: 'two' }]");
c("nested object", "[{ a: { b: { c: 1 } } }]");
c("depth limit object", "[{ a: { b: { c: { d: { e: { f: 1 } } } } } }]");
c("depth limit array", "[{ a: { b: { c: { d: { e: [1, 2] } } } } }]");
c("depth 4 exactly", "[{ a: { b: { c: { d: 1 } } } }]");
c("depth limit inside array", "[[[[[[[1]]]]]]]");
c("depth limit class instance", () => {
  class Deep { constructor() { this.x = 1; } }
  return [{ a: { b: { c: { d: { e: new Deep() } } } } }];
});
c("depth limit map set", () => [{ a: { b: { c: { d: { m: new Map([[1, 2]]), s: new Set([1]) } } } } }]);
c("depth limit empty things", () => [{ a: { b: { c: { d: { e: {}, f: [], g: new Map() } } } } }]);
c("keys needing quotes", () => [{ "a-b": 1, "with space": 2, "1abc": 3, $dollar: 4, _ok: 5, "": 6 }]);
c("numeric keys", () => [{ b: 1, 2: "two", a: 3, 1: "one", "-1": "neg" }]);
c("key with quote characters", () => [{ "it's": 1, 'say "hi"': 2 }]);
c("key with newline", () => [{ "a\nb": 1 }]);
c("unicode key", () => [{ "héllo": 1, ñ: 2 }]);
c("symbol keys", () => [{ [Symbol("x")]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol("a b")]: 4 }]);
c("non-enumerable hidden", () => {
  const o = { visible: 1 };
  Object.defineProperty(o, "hidden", { value: 2, enumerable: false });
  return [o];
});
c("getter", "[{ get a() { return 1; } }]");
c("setter", "[{ set a(v) {} }]");
c("getter and setter", "[{ get a() { return 1; }, set a(v) {} }]");
c("getters mixed with values", "[{ x: 1, get y() { return 2; }, set z(v) {}, w: [1] }]");
c("null prototype empty", "[Object.create(null)]");
c("null prototype with props", () => [Object.assign(Object.create(null), { a: 1, b: [2] })]);
c("null prototype nested", () => [{ inner: Object.assign(Object.create(null), { x: 1 }) }]);
c("class instance", () => {
  class A { constructor() { this.x = 1; } }
  return [new A()];
});
c("class instance empty", () => {
  class Empty {}
  return [new Empty()];
});
c("anonymous class instance", () => [new (class {})()]);
c("subclass instance", () => {
  class A { constructor() { this.a = 1; } }
  class B extends A { constructor() { super(); this.b = 2; } }
  return [new B()];
});
c("instance with accessor on prototype", () => {
  class P { constructor() { this.v = 1; } get doubled() { return 2; } }
  return [new P()];
});
c("instance with private field", () => {
  class Priv { #secret = 1; pub = 2; }
  return [new Priv()];
});
c("object from constructor function", () => {
  function Legacy() { this.q = 1; }
  return [new Legacy()];
});
c("object with constructor property", () => [{ constructor: "not a function", a: 1 }]);
c("object with prototype from Object.create", () => {
  const proto = { inherited: 1 };
  const o = Object.create(proto);
  o.own = 2;
  return [o];
});
c("object with null-proto ancestor", () => {
  const proto = Object.create(null);
  const o = Object.create(proto);
  o.x = 1;
  return [o];
});
c("long object breaks lines", () => [{ alpha: "aaaaaaaaaaaa", beta: "bbbbbbbbbbbb", gamma: "cccccccccccc", delta: "dddddddddddd" }]);
c("object just fits 80", () => [{ a1: "xxxxxxxxxxxx", a2: "xxxxxxxxxxxx", a3: "xxxxxxxxxxxx", a4: "xxxxxx" }]);
c("object many short keys", () => {
  const o = {};
  for (let i = 0; i < 30; i++) o["k" + i] = i;
  return [o];
});
c("object nested multiline", () => [{ user: { name: "Alice", email: "alice@example.com", roles: ["admin", "editor", "viewer"] }, active: true, count: 42 }]);
c("object with array of objects multiline", () => [{ items: [{ id: 1, label: "first item" }, { id: 2, label: "second item" }, { id: 3, label: "third" }] }]);
c("object 4 levels compact rule", () => [{ a: { b: { c: {} } }, x: 1 }]);
c("object compact 3 single line", () => [{ a: { b: { c: 1 } }, d: 2 }]);
c("object with undefined and null values", "[{ u: undefined, n: null }]");
c("object with function values", "[{ f() {}, g: class {}, h: async () => {} }]");
c("object with long key", () => [{ averyveryveryveryveryveryveryveryveryveryveryverylongkeynamethatgoesonandon: 1, b: 2 }]);
c("__proto__ own key", () => [JSON.parse('{"__proto__": 1, "a": 2}')]);
c("object with toStringTag own", () => [{ [Symbol.toStringTag]: "Custom", a: 1 }]);
c("class with toStringTag getter", () => {
  class Tagged { get [Symbol.toStringTag]() { return "TT"; } }
  return [new Tagged()];
});
c("class toStringTag same as name", () => {
  class Same { get [Symbol.toStringTag]() { return "Same"; } }
  const s = new Same();
  s.v = 1;
  return [s];
});
c("null proto with toStringTag", () => {
  const o = Object.create(null);
  Object.defineProperty(o, Symbol.toStringTag, { value: "Tg" });
  o.a = 1;
  return [o];
});
c("Math and JSON", "[Math, JSON]");
c("Reflect", "[Reflect]");
c("arguments object", "[(function () { return arguments; })(1, 'a')]");
c("empty arguments object", "[(function () { return arguments; })()]");
c("frozen object", "[Object.freeze({ a: 1 })]");
c("object in two args", "['value:', { a: 1 }, 'end']");

// ---------------------------------------------------------------- circular
c("circular object", () => {
  const o = { name: "o" };
  o.self = o;
  return [o];
});
c("circular array", () => {
  const a = [1];
  a.push(a);
  return [a];
});
c("circular two refs", () => {
  const a = { name: "a" };
  const b = { name: "b", a };
  a.b = b;
  const root = { a, b };
  root.root = root;
  return [root];
});
c("circular nested", () => {
  const o = { child: { list: [] } };
  o.child.list.push(o.child);
  o.child.parent = o;
  return [o];
});
c("circular through map", () => {
  const m = new Map();
  m.set("me", m);
  return [m];
});
c("same object twice not circular", () => {
  const shared = { s: 1 };
  return [{ a: shared, b: shared }];
});
c("circular class instance", () => {
  class Node { constructor() { this.next = this; } }
  return [new Node()];
});

// ---------------------------------------------------------------- Map / Set / Weak
c("empty map", "[new Map()]");
c("map", "[new Map([['a', 1], ['b', 2]])]");
c("map object keys", "[new Map([[{ k: 1 }, [1, 2]], [null, undefined]])]");
c("empty set", "[new Set()]");
c("set", "[new Set([1, 'two', [3]])]");
c("nested map in object", "[{ m: new Map([[1, { deep: true }]]) }]");
c("large set", () => [new Set(Array.from({ length: 30 }, (_, i) => i))]);
c("set of 101", () => [new Set(Array.from({ length: 101 }, (_, i) => i))]);
c("map of 102", () => [new Map(Array.from({ length: 102 }, (_, i) => [i, i]))]);
c("long map breaks lines", () => [new Map([["first key here", "first value here"], ["second key here", "second value"], ["third", 3]])]);
c("map with extra property", () => [Object.assign(new Map([[1, 2]]), { extra: "x" })]);
c("empty set with property", () => [Object.assign(new Set(), { p: 1 })]);
c("map subclass", () => {
  class MyMap extends Map {}
  return [new MyMap([[1, 2]])];
});
c("set null prototype", () => [Object.setPrototypeOf(new Set([1]), null)]);
c("weakmap", "[new WeakMap()]");
c("weakset", "[new WeakSet()]");
c("weak in object", "[{ wm: new WeakMap(), ws: new WeakSet() }]");
c("weakref", "[new WeakRef({ a: 1 })]");

// ---------------------------------------------------------------- iterators
c("map entries iterator", "[new Map([[1, 'a'], [2, 'b']]).entries()]", host);
c("map keys iterator", "[new Map([[1, 'a'], [2, 'b']]).keys()]", host);
c("map values iterator", "[new Map([[1, 'a'], [2, 'b']]).values()]", host);
c("set values iterator", "[new Set([1, 2, 3]).values()]", host);
c("set entries iterator", "[new Set([1, 2]).entries()]", host);
c("partially consumed map iterator", () => {
  const it = new Map([[1, 2], [3, 4], [5, 6]])[Symbol.iterator]();
  it.next();
  return [it];
}, host);
c("array iterator", "[[1, 2][Symbol.iterator]()]");
c("string iterator", "['ab'[Symbol.iterator]()]");
c("generator object", "[(function* g() { yield 1; })()]");

// ---------------------------------------------------------------- Date / RegExp / boxed
c("date", "[new Date(0)]");
c("date in object", "[{ when: new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 250)) }]");
c("invalid date", "[new Date(NaN)]");
c("date with property", () => [Object.assign(new Date(86400000), { note: "x" })]);
c("date subclass", () => {
  class MyDate extends Date {}
  return [new MyDate(0)];
});
c("regexp", "[/ab+c/gi]");
c("regexp with slash", "[new RegExp('a/b'), /[/]/]");
c("regexp flags", "[/x/dgimsuy]");
c("regexp empty", "[new RegExp('')]");
c("regexp with property", () => [Object.assign(/re/, { extra: 1 })]);
c("regexp in array", "[[/a/, /b/m]]");
c("boxed number", "[new Number(3)]");
c("boxed negative zero", "[new Number(-0)]");
c("boxed string", "[new String('x')]");
c("boxed string with quote", "[new String(\"it's\")]");
c("boxed boolean", "[new Boolean(false)]");
c("boxed bigint", "[Object(1n)]");
c("boxed symbol", "[Object(Symbol('s'))]");
c("boxed string with property", () => [Object.assign(new String("ab"), { extra: 1 })]);
c("boxed in array", "[[new Number(1), new String('s'), new Boolean(true)]]");

// ---------------------------------------------------------------- typed arrays / buffers
c("uint8array", "[new Uint8Array([1, 2, 3])]");
c("empty uint8array", "[new Uint8Array(0)]");
c("float64array", "[new Float64Array([1.5, -0, NaN])]");
c("int16array grouped", "[new Int16Array([1, -2, 3, -4, 5, -6, 7, -8, 9, -10])]");
c("bigint64array", "[new BigInt64Array([1n, -2n])]");
c("biguint64array empty", "[new BigUint64Array(0)]");
c("uint8clampedarray", "[new Uint8ClampedArray([0, 255])]");
c("float32array", "[new Float32Array([0.1, 2])]");
c("uint8array 101", "[new Uint8Array(101)]");
c("uint8array 300 values", () => [Uint8Array.from({ length: 300 }, (_, i) => i % 256)]);
c("typed array with property", () => [Object.assign(new Uint8Array(2), { tag: "t" })]);
c("typed array in object", "[{ bytes: new Uint8Array([255, 0]) }]");
c("arraybuffer", "[new Uint8Array([1, 2]).buffer]");
c("empty arraybuffer", "[new ArrayBuffer(0)]");
c("arraybuffer 60 bytes", () => [new Uint8Array(Array.from({ length: 60 }, (_, i) => i * 4)).buffer]);
c("arraybuffer 101 bytes", "[new ArrayBuffer(101)]");
c("arraybuffer in object", "[{ buf: new ArrayBuffer(3) }]");
c("dataview", "[new DataView(new ArrayBuffer(2))]");
c("dataview with offset", "[new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2)]");
c("typed array subarray", "[new Uint8Array([1, 2, 3, 4]).subarray(1, 3)]");

// ---------------------------------------------------------------- promises
c("promise resolved", "[Promise.resolve(1)]", host);
c("promise pending", "[new Promise(() => {})]", host);
c("promise resolved object", "[Promise.resolve({ a: [1, 2] })]", host);
c("promise resolved undefined", "[Promise.resolve()]", host);
c("promise rejected value", () => {
  const p = Promise.reject(42);
  p.catch(() => {});
  return [p];
}, host);
c("promise rejected error", () => {
  const e = new Error("nope");
  e.stack = "Error: nope\n    at somewhere (file:///srv/app/main.js:3:9)";
  const p = Promise.reject(e);
  p.catch(() => {});
  return [p];
}, host);
c("promise in object", "[{ p: Promise.resolve('s'), q: new Promise(() => {}) }]", host);
c("promise of promise pending", "[Promise.resolve().then(() => 1)]", host);
c("promise with property", () => [Object.assign(Promise.resolve(2), { extra: 1 })], host);
c("async function result", "[(async () => 7)()]", host);

// ---------------------------------------------------------------- proxies
// Deno prints a proxy as its target without running any trap; the handlers
// below would change the output if the formatter went through them.
c("proxy of array", "[new Proxy([1, 2, 3], { get() { throw new Error('trap'); } })]", host);
c("proxy of object", "[new Proxy({ a: 1 }, { ownKeys() { return []; } })]", host);
c("proxy with get trap", "[new Proxy({ a: 1 }, { get() { return 99; }, getOwnPropertyDescriptor() { return { value: 99, configurable: true, enumerable: true, writable: true }; } })]", host);
c("proxy of function", "[new Proxy(function pf() {}, { get(t, k) { return k === 'name' ? 'trapped' : t[k]; } })]", host);
c("proxy of map", "[new Proxy(new Map([[1, 2]]), {})]", host);
c("proxy in object", "[{ p: new Proxy({ inner: true }, { ownKeys() { return ['x']; }, getOwnPropertyDescriptor() { return { value: 'x', configurable: true, enumerable: true }; } }) }]", host);
c("proxy of class instance", () => {
  class Target { constructor() { this.t = 1; } }
  return [new Proxy(new Target(), { getPrototypeOf() { return Array.prototype; } })];
}, host);
c("proxy with throwing traps", () => {
  const trap = () => { throw new Error("no traps please"); };
  const handler = { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap };
  return [new Proxy({ quiet: true }, handler)];
}, host);
c("proxy of set", "[new Proxy(new Set(['s']), {})]", host);
c("proxy of promise", "[new Proxy(Promise.resolve(5), {})]", host);

// ---------------------------------------------------------------- errors (fixed stacks)
c("error with stack", () => {
  const e = new Error("boom");
  e.stack = "Error: boom\n    at fn (file:///srv/app/main.js:1:7)\n    at file:///srv/app/main.js:2:1";
  return [e];
});
c("error stack without frames", () => {
  const e = new Error("plain");
  e.stack = "Error: plain";
  return [e];
});
c("error empty stack", () => {
  const e = new Error("msg");
  e.stack = "";
  return [e];
});
c("error stack not a string", () => {
  const e = new TypeError("bad type");
  e.stack = undefined;
  return [e];
});
c("type error", () => {
  const e = new TypeError("x is not a function");
  e.stack = "TypeError: x is not a function\n    at <anonymous> (file:///srv/a.js:1:1)";
  return [e];
});
c("error with extra property", () => {
  const e = new Error("x");
  e.stack = "Error: x\n    at foo (file:///srv/app/main.js:1:1)";
  e.code = 1;
  return [e];
});
c("error with several extra properties", () => {
  const e = new Error("x");
  e.stack = "Error: x\n    at foo (file:///srv/app/main.js:1:1)";
  e.code = "E_FAIL";
  e.details = { retry: false, list: [1, 2] };
  return [e];
});
c("error frameless with extra property", () => {
  const e = new RangeError("r");
  e.stack = "RangeError: r";
  e.code = 5;
  return [e];
});
c("error in object", () => {
  const e = new Error("inner");
  e.stack = "Error: inner\n    at foo (file:///srv/app/main.js:1:1)";
  return [{ err: e }];
});
c("error in array", () => {
  const e = new Error("inner");
  e.stack = "Error: inner\n    at foo (file:///srv/app/main.js:1:1)\n    at bar (file:///srv/app/main.js:2:2)";
  return [[e, 1]];
});
c("frameless error in object", () => {
  const e = new Error("small");
  e.stack = "Error: small";
  return [{ e, n: 1 }];
});
c("error with cause", () => {
  const cause = new Error("root cause");
  cause.stack = "Error: root cause\n    at low (file:///srv/app/lib.js:5:5)";
  const e = new Error("outer", { cause });
  e.stack = "Error: outer\n    at high (file:///srv/app/main.js:9:9)";
  return [e];
});
c("error with non-error cause", () => {
  const e = new Error("outer", { cause: { code: 42, reason: "x" } });
  e.stack = "Error: outer\n    at high (file:///srv/app/main.js:9:9)";
  return [e];
});
c("error with string cause", () => {
  const e = new Error("outer", { cause: "just a string" });
  e.stack = "Error: outer\n    at high (file:///srv/app/main.js:9:9)";
  return [e];
});
c("error with circular cause", () => {
  const a = new Error("a");
  a.stack = "Error: a\n    at x (file:///srv/x.js:1:1)";
  const b = new Error("b", { cause: a });
  b.stack = "Error: b\n    at y (file:///srv/y.js:2:2)";
  a.cause = b;
  return [b];
});
c("aggregate error", () => {
  const e1 = new Error("first");
  e1.stack = "Error: first\n    at one (file:///srv/app/a.js:1:1)";
  const e2 = new TypeError("second");
  e2.stack = "TypeError: second\n    at two (file:///srv/app/b.js:2:2)";
  const agg = new AggregateError([e1, e2], "many");
  agg.stack = "AggregateError: many\n    at main (file:///srv/app/main.js:3:3)";
  return [agg];
});
c("aggregate error with values", () => {
  const agg = new AggregateError([1, "two"], "vals");
  agg.stack = "AggregateError: vals\n    at main (file:///srv/app/main.js:3:3)";
  return [agg];
});
c("error subclass", () => {
  class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; } }
  const e = new MyError("custom");
  e.stack = "MyError: custom\n    at make (file:///srv/app/main.js:4:4)";
  return [e];
});
c("error with message and text arg", () => {
  const e = new Error("boom");
  e.stack = "Error: boom\n    at fn (file:///srv/app/main.js:1:7)";
  return ["failed:", e];
});
c("error-like object", () => {
  const o = Object.create(Error.prototype);
  o.message = "fake";
  return [o];
});
c("error with multi-line message", () => {
  const e = new Error("line one\nline two");
  e.stack = "Error: line one\nline two\n    at fn (file:///srv/app/main.js:1:7)";
  return [e];
});
c("error stack of other error", () => {
  const e = new SyntaxError("bad");
  e.stack = "SyntaxError: bad\n    at <anonymous>:1:1";
  return [[e]];
});

// ---------------------------------------------------------------- custom inspect
c("Deno.customInspect", () => [{ [Symbol.for("Deno.customInspect")]() { return "CUSTOM!"; } }]);
c("Deno.customInspect nested", () => [{ inner: { [Symbol.for("Deno.customInspect")]() { return "<inner>"; } } }]);

// ---------------------------------------------------------------- printf-style substitution
c("%s string", "['hello %s', 'world']");
c("%s number", "['n=%s', 42]");
c("%s object", "['obj: %s', { a: 1 }]");
c("%s array", "['%s', [1, 2, [3]]]");
c("%s null undefined", "['%s %s', null, undefined]");
c("%s symbol", "['%s', Symbol('sym')]");
c("%s bigint", "['%s', 5n]");
c("%s function", "['%s', function f() { return 1; }]");
c("%s -0", "['%s', -0]");
c("%d integer", "['%d', 42]");
c("%d float", "['%d', 4.7]");
c("%d negative float", "['%d', -4.7]");
c("%d string numeric", "['%d', '42abc']");
c("%d string non-numeric", "['%d', 'abc']");
c("%d bigint", "['%d', 10n]");
c("%d object", "['%d', {}]");
c("%d null", "['%d %d', null, undefined]");
c("%d boolean", "['%d', true]");
c("%d symbol", "['%d', Symbol('s')]");
c("%d huge", "['%d', 1e21]");
c("%d hex string", "['%d', '0x1f']");
c("%i", "['%i items', 3.99]");
c("%f", "['%f', 1.5]");
c("%f integer", "['%f', 2]");
c("%f string", "['%f', '3.25xyz']");
c("%f object", "['%f', { a: 1 }]");
c("%f bigint", "['%f', 7n]");
c("%f symbol", "['%f', Symbol()]");
c("%o", "['%o', { a: [1, { b: 2 }], f() {} }]");
c("%O", "['%O', { a: [1, { b: 2 }] }]");
c("%o string", "['%o', 'str']");
c("%O deep", "['%O', { a: { b: { c: { d: { e: 1 } } } } }]");
c("%j", "['%j', { a: [1, 'x'] }]");
c("%j circular", () => {
  const o = {};
  o.o = o;
  return ["%j", o];
});
c("%j undefined", "['%j', undefined]");
c("%c consumed", "['%cstyled', 'color: red']");
c("%c in middle", "['a %c b %c c', 'color: red', 'font-weight: bold']");
c("%%", "['100%% sure', 1]");
c("%% alone single arg", "['100%% sure']");
c("%s without args", "['%s']");
c("missing args", "['%s and %s', 'one']");
c("extra args", "['%s', 'a', 'b', { c: 1 }]");
c("unknown specifier", "['%x %s', 'a']");
c("trailing percent", "['50%', 1]");
c("percent before end with args", "['%', 'x']");
c("multiple specifiers", "['%s is %d years and %f tall, %o', 'Bob', 42, 1.8, { x: 1 }]");
c("non-string first no substitution", "[1, '%s', 2]");
c("object first no substitution", "[{ a: '%s' }, 'x']");
c("%s with string containing specifier", "['%s', '%d', 5]");
c("%% followed by s", "['%%s', 'x']");
c("adjacent specifiers", "['%s%s%s', 1, 2, 3]");
c("%d with -0", "['%d %f', -0, -0]");
c("%i of string float", "['%i', '  12.9 ']");
c("%s of string object", "['%s', new String('boxed')]");
c("%s of date", "['%s', new Date(0).toISOString()]");
c("%s with error", () => {
  const e = new Error("m");
  e.stack = "Error: m\n    at z (file:///srv/z.js:1:1)";
  return ["%s", e];
});
c("%o with error", () => {
  const e = new Error("m");
  e.stack = "Error: m\n    at z (file:///srv/z.js:1:1)";
  return ["%o", e];
});
c("format then multiline object", () => ["result %s:", "ok", { alpha: "aaaaaaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbbbbbbbbb", gamma: "ccccccccccccccc" }]);

// ---------------------------------------------------------------- mixed / realistic
c("object with many types", () => [{
  str: "s", num: 1, big: 2n, bool: false, nil: null, undef: undefined, sym: Symbol("q"),
  arr: [1, 2], obj: { k: "v" }, fn() {}, date: new Date(0), re: /x/, map: new Map(), set: new Set([1]),
}]);
c("json-like config", () => [{
  name: "loopscope", version: "1.0.0",
  dependencies: { "qt-core": "^6.4.0", "v8-runtime": "10.2" },
  scripts: { build: "cmake --build build", test: "ctest --output-on-failure" },
  keywords: ["deno", "v8", "qt", "console"],
}]);
c("table-like array of records", () => [[
  { id: 1, name: "alpha", tags: ["a", "b"] },
  { id: 2, name: "beta", tags: [] },
  { id: 3, name: "gamma", tags: ["c"] },
]]);
c("deeply nested mixed", () => [{ level1: { level2: [{ level3: { level4: { level5: "deep" } } }] } }]);
c("array of maps", () => [[new Map([["a", 1]]), new Map([["b", 2]])]]);
c("set of objects", () => [new Set([{ a: 1 }, { b: 2 }])]);
c("map of arrays long", () => [new Map([["numbers", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], ["letters", ["a", "b", "c"]]])]);
c("nested empty containers", "[{ a: [], b: {}, c: new Map(), d: new Set(), e: '' }]");
c("multiple objects args", "[{ a: 1 }, [2], new Map([[3, 4]])]");
c("object with array of 7 strings", () => [{ list: ["one", "two", "three", "four", "five", "six", "seven"] }]);
c("array of 3 long objects", () => [[
  { name: "first element", value: 100, enabled: true },
  { name: "second element", value: 200, enabled: false },
  { name: "third element", value: 300, enabled: true },
]]);
c("grouping with objects under 6 chars", () => [[{}, {}, {}, {}, {}, {}, {}, {}]]);
c("array of 27 mixed words", () => [Array.from({ length: 27 }, (_, i) => ["x", "yy", "zzz", "wwww"][i % 4] + i)]);
c("array of floats grouped", () => [Array.from({ length: 12 }, (_, i) => i / 7)]);
c("array of 16 bytes-like", () => [Array.from({ length: 16 }, (_, i) => (i * 37) % 256)]);
c("object containing grouped array and others", () => [{ id: "abc", values: Array.from({ length: 40 }, (_, i) => i), done: false }]);

// ---------------------------------------------------------------- more edge cases
c("error subclass without name", () => {
  class Foo extends Error {}
  const e = new Foo("m");
  e.stack = "Error: m\n    at make (file:///srv/app/main.js:4:4)";
  return [e];
});
c("error subclass named differently", () => {
  class HttpError extends Error { constructor(m) { super(m); this.name = "HttpFailure"; } }
  const e = new HttpError("404");
  e.stack = "HttpFailure: 404\n    at get (file:///srv/app/http.js:10:3)";
  return [e];
});
c("error with name property not in stack", () => {
  const e = new Error("x");
  e.stack = "Error: x\n    at foo (file:///srv/app/main.js:1:1)";
  e.name = "CustomName";
  return [e];
});
c("error with Error-suffixed name not in stack", () => {
  const e = Object.assign(new Error("x"), { name: "ValidationError" });
  e.stack = "Error: x\n    at foo (file:///srv/app/main.js:1:1)";
  return [e];
});
c("error null prototype", () => {
  const e = new Error("np");
  e.stack = "Error: np\n    at foo (file:///srv/app/main.js:1:1)";
  Object.setPrototypeOf(e, null);
  return [e];
});
c("error null prototype frameless", () => {
  const e = new TypeError("np2");
  e.stack = "TypeError: np2";
  Object.setPrototypeOf(e, null);
  return [e];
});
c("error with object stack", () => {
  const e = new Error("objstack");
  e.stack = { not: "a string" };
  return [e];
});
c("error with recursive frames collapsed", () => {
  const e = new RangeError("Maximum call stack size exceeded");
  const frames = ["RangeError: Maximum call stack size exceeded"];
  frames.push("    at leaf (file:///srv/app/rec.js:1:1)");
  for (let i = 0; i < 6; i++) {
    frames.push("    at ping (file:///srv/app/rec.js:2:2)");
    frames.push("    at pong (file:///srv/app/rec.js:3:3)");
  }
  frames.push("    at main (file:///srv/app/rec.js:9:9)");
  e.stack = frames.join("\n");
  return [e];
});
c("error with single frame repeated", () => {
  const e = new Error("deep");
  const frames = ["Error: deep"];
  for (let i = 0; i < 12; i++) frames.push("    at recurse (file:///srv/app/rec.js:5:5)");
  frames.push("    at main (file:///srv/app/rec.js:9:9)");
  e.stack = frames.join("\n");
  return [e];
});
c("error cause sharing frames", () => {
  const shared = [
    "    at step3 (file:///srv/app/main.js:30:1)",
    "    at step2 (file:///srv/app/main.js:20:1)",
    "    at step1 (file:///srv/app/main.js:10:1)",
    "    at main (file:///srv/app/main.js:1:1)",
    "    at file:///srv/app/main.js:99:1",
  ];
  const cause = new Error("inner");
  cause.stack = ["Error: inner", "    at lowest (file:///srv/app/low.js:1:1)"].concat(shared).join("\n");
  const e = new Error("outer", { cause });
  e.stack = ["Error: outer", "    at wrapper (file:///srv/app/main.js:40:1)"].concat(shared).join("\n");
  return [e];
});
c("error with internal frames filtered", () => {
  const e = new Error("tick");
  e.stack = "Error: tick\n    at cb (file:///srv/app/main.js:1:1)\n    at eventLoopTick (ext:core/01_core.js:175:7)\n    at other (ext:core/01_core.js:1:1)";
  return [e];
});
c("error at depth 5", () => {
  const e = new Error("deep error");
  e.stack = "Error: deep error\n    at foo (file:///srv/app/main.js:1:1)";
  return [{ a: { b: { c: { d: { e } } } } }];
});
c("error without message", () => {
  const e = new Error();
  e.stack = "Error\n    at foo (file:///srv/app/main.js:1:1)";
  return [e];
});
c("error with empty name", () => {
  const e = new Error("nameless");
  e.name = "";
  e.stack = "nameless\n    at foo (file:///srv/app/main.js:1:1)";
  return [e];
});
c("error in map value", () => {
  const e = new Error("in map");
  e.stack = "Error: in map\n    at foo (file:///srv/app/main.js:1:1)";
  return [new Map([["k", e]])];
});
c("errors in array grouped", () => {
  const list = [];
  for (let i = 0; i < 7; i++) {
    const e = new Error("e" + i);
    e.stack = "Error: e" + i;
    list.push(e);
  }
  return [list];
});
c("array with getter element", () => {
  const a = [1, 2];
  Object.defineProperty(a, 1, { get() { return 5; }, enumerable: true });
  return [a];
});
c("object with leading-zero numeric key", "[{ '01': 1, '1e3': 2, '1': 3 }]");
c("object from Array.prototype", "[Object.create(Array.prototype)]");
c("object with constructor function property", "[{ constructor: function Foo() {} }]");
c("class with static method only", "[class WithStatic { static make() {} }]");
c("function with toStringTag", () => {
  const f = function tagged() {};
  Object.defineProperty(f, Symbol.toStringTag, { value: "Tag" });
  return [f];
});
c("generator function with property", () => [Object.assign(function* gp() {}, { meta: 1 })]);
c("boxed number subclass", () => {
  class N extends Number {}
  return [new N(5)];
});
c("weakmap subclass", () => {
  class Registry extends WeakMap {}
  return [new Registry()];
});
c("non-string toStringTag ignored", "[{ [Symbol.toStringTag]: 42, a: 1 }]");
c("null proto with symbol key", () => {
  const o = Object.create(null);
  o[Symbol("s")] = 1;
  return [o];
});
c("symbol key with quote and newline", () => [{ [Symbol("it's\nhere")]: 1 }]);
c("nested arrays compact", "[[[1, [2, [3, [4]]]]]]");
c("map with 10 short entries", () => [new Map(Array.from({ length: 10 }, (_, i) => [i, i]))]);
c("object with 7 short keys", "[{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }]");
c("array of 10 arrays of 8 numbers", () => [Array.from({ length: 10 }, (_, i) => Array.from({ length: 8 }, (_, j) => i * j))]);
c("array of emoji grouped", () => [["😀", "😁", "😂", "🤣", "😃", "😄", "😅", "😆"]]);
c("array of combining strings grouped", () => [["e\u0301", "a\u0300", "o\u0308", "u", "i", "n\u0303", "c\u0327"]]);
c("array with multiline objects grouped", () => [Array.from({ length: 7 }, (_, i) => ({ id: i, text: "a fairly long text value " + i, more: [i, i + 1] }))]);
c("array of 30 long strings", () => [Array.from({ length: 30 }, (_, i) => "this is a long string number " + i)]);
c("array of mixed nulls widths grouped", () => [[null, undefined, 1, "a", true, null, undefined, 22, "bb", false]]);
c("sparse array with extra property", () => {
  const a = [1, , 3];
  a.extra = "yes";
  return [a];
});
c("array over 100 with holes", () => {
  const a = new Array(120);
  a[5] = 1;
  a[110] = 2;
  return [a];
});
c("float64array grouped", () => [new Float64Array([1.5, -2.25, 3, 1e21, NaN, Infinity, -Infinity, 0.001])]);
c("nested set in set", () => [new Set([new Set([1, 2]), new Set()])]);
c("map with negative zero and bigint keys", () => [new Map([[-0, "negzero"], [10n, "big"]])]);
c("typed array at depth", () => [{ a: { b: { c: { d: { t: new Uint8Array(2) } } } } }]);
c("arguments in array", "[[(function () { return arguments; })(1, 2)]]");
c("Deno.customInspect returning object", () => [{ [Symbol.for("Deno.customInspect")]() { return { a: 1 }; } }]);
c("Deno.customInspect using inspect", () => [{
  inner: [1, 2],
  [Symbol.for("Deno.customInspect")](inspect) { return "Wrapped(" + inspect(this.inner) + ")"; },
}]);
c("node custom inspect string", () => [{ v: { [Symbol.for("nodejs.util.inspect.custom")]() { return "NODE!"; } } }]);
c("node custom inspect object", () => [{ [Symbol.for("nodejs.util.inspect.custom")]() { return [1, 2, 3]; } }]);
c("node custom inspect multiline in object", () => [{ v: { [Symbol.for("nodejs.util.inspect.custom")]() { return "line1\nline2"; } } }]);
c("%s with custom toString", "['%s', { toString() { return 'custom!'; } }]");
c("%d with Number object", "['%d', new Number(5.5)]");
c("%s with class instance", () => {
  class Pt { constructor() { this.x = 1; } }
  return ["%s", new Pt()];
});
c("%o with circular", () => {
  const o = { n: 1 };
  o.o = o;
  return ["%o", o];
});
c("%O then extra objects", "['%O and', [1], { b: 2 }]");
c("%i of bigint negative", "['%i', -12n]");
c("%f of Infinity string", "['%f', 'Infinity']");
c("%d of empty string", "['%d %f', '', '']");
c("circular used twice across args", () => {
  const o = {};
  o.self = o;
  return [o, o];
});
c("date with negative year", "[new Date(-62198755200000)]");
c("date far future", "[new Date(8.64e15)]");
c("date subclass invalid", () => {
  class D2 extends Date {}
  return [new D2(NaN)];
});
c("regexp subclass", () => {
  class R2 extends RegExp {}
  return [new R2("x", "g")];
});
c("regexp null prototype", () => [Object.setPrototypeOf(/np/g, null)]);
c("array null prototype", () => [Object.setPrototypeOf([1, 2], null)]);
c("map null prototype", () => [Object.setPrototypeOf(new Map([[1, 2]]), null)]);
c("boxed string null prototype", () => [Object.setPrototypeOf(new String("ab"), null)]);
c("Intl.Locale", "[new Intl.Locale('en-US')]");
c("object with own toString", "[{ toString() { return 'x'; } }]");
c("empty string key and symbol-only object", "[{ [Symbol('only')]: true }]");
c("string with tab in key", "[{ 'a\\tb': 1 }]");
c("multiline string exactly at break", () => [{ k: "abcdefghij\n" + "x".repeat(60) }]);
c("long string at indentation in array", () => [[["x".repeat(60) + "\nshort"]]]);

// ---------------------------------------------------------------- null prototypes of built-ins
c("null prototype async function", () => [Object.setPrototypeOf(async function af() {}, null)]);
c("null prototype generator function", () => [Object.setPrototypeOf(function* gg() {}, null)]);
c("null prototype class", () => {
  class K {}
  Object.setPrototypeOf(K, null);
  return [K];
});
c("null prototype typed array", () => [Object.setPrototypeOf(new Uint8Array(2), null)]);
c("null prototype built-ins at depth", () => [{ a: { b: { c: { d: {
  e: Object.setPrototypeOf(new Map([[1, 2]]), null),
  f: Object.setPrototypeOf([1], null),
  g: Object.setPrototypeOf(new Uint8Array(1), null),
  h: Object.setPrototypeOf((function () { return arguments; })(1), null),
  i: Object.setPrototypeOf({ k: 1 }, null),
} } } } }]);
c("null prototype date regexp number", () => [
  Object.setPrototypeOf(new Date(0), null),
  Object.setPrototypeOf(/x/, null),
  Object.setPrototypeOf(new Number(1), null),
]);
c("null prototype arraybuffer and weakmap", () => [
  Object.setPrototypeOf(new ArrayBuffer(1), null),
  Object.setPrototypeOf(new WeakMap(), null),
]);
c("null prototype promise", () => [Object.setPrototypeOf(Promise.resolve(1), null)], host);
c("null prototype arguments", () => [Object.setPrototypeOf((function () { return arguments; })("a"), null)]);
c("null prototype error", () => {
  const e = new Error("plain");
  e.stack = "Error: plain\n    at f (file:///srv/app/main.js:1:1)";
  return [Object.setPrototypeOf(e, null)];
});
c("null prototype range error with property", () => {
  const e = new RangeError(",.");
  e.stack = "RangeError: ,.";
  e.code = 1;
  return [Object.setPrototypeOf(e, null)];
});
c("nested proxies", "[new Proxy(new Proxy(new Set([1]), {}), {}), [new Proxy(new Proxy(new Date(0), {}), {})]]", host);
c("%d of long float", "['%d %i', -945628616027534100, 34825895400717853000]");
c("%d and %f with unusual whitespace", "['%d|%f|%d|%f', '\\u0085 12', '\\u0085 1.5', '\\ufeff7', '\\ufeff2.5']");

// ---------------------------------------------------------------- real stacks (not in JSON)
c("real error stack", "[new Error('real')]", { stack: true });
c("real error in object", "[{ e: new Error('real nested') }]", { stack: true });

export const cases = list;
