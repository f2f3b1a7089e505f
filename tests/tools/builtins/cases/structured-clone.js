// structuredClone: the values it copies, identity, cycles, errors, transfer and argument checks.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", Object.prototype.toString.call(e), e.name, JSON.stringify(e.message), e.code, e instanceof DOMException);
  }
};
show("primitives", () => structuredClone([1, "s", true, null, undefined, 1n, -0, NaN, Infinity]).map((v) => Object.is(v, -0) ? "-0" : v));
show("undefined", () => structuredClone(undefined));
show("holes", () => structuredClone([1, , 3]));
show("sparse", () => { const a = []; a[5] = 1; a.x = 2; return structuredClone(a); });
show("date", () => structuredClone(new Date(86400000)));
show("invalid date", () => structuredClone(new Date(NaN)));
show("regexp", () => [structuredClone(/ab+c/gimsuy), structuredClone(/x/d).flags]);
show("regexp lastIndex", () => { const r = /a/g; r.lastIndex = 3; r.extra = 1; const c = structuredClone(r); return [c.lastIndex, c.extra]; });
show("map", () => structuredClone(new Map([[1, { a: 1 }], ["k", [2]], [{ key: true }, new Set([1])]])));
show("set", () => structuredClone(new Set([1, "a", {}, [2]])));
show("arraybuffer", () => { const b = new ArrayBuffer(4); new Uint8Array(b)[1] = 7; const c = structuredClone(b); return [c, c === b]; });
show("typed arrays", () => structuredClone([new Uint8Array([1, 2]), new Int16Array([-1]), new Float64Array([1.5]), new BigInt64Array([5n]), new Uint8ClampedArray([9])]));
show("subarray", () => { const c = structuredClone(new Uint8Array([1, 2, 3, 4]).subarray(1, 3)); return [c, c.byteOffset, c.buffer.byteLength]; });
show("shared buffer", () => { const b = new ArrayBuffer(8); const c = structuredClone([new Uint8Array(b), new Uint16Array(b, 2), b]); return [c[0].buffer === c[1].buffer, c[2] === c[0].buffer]; });
show("dataview", () => structuredClone(new DataView(new ArrayBuffer(8), 2, 4)));
show("boxed", () => structuredClone([new Number(1), new String("s"), new Boolean(false), Object(1n)]));
show("cycle", () => { const o = { a: 1 }; o.self = o; const c = structuredClone(o); return [c.self === c, c !== o]; });
show("array cycle", () => { const a = [1]; a.push(a); const c = structuredClone(a); return c[1] === c; });
show("map cycle", () => { const m = new Map(); m.set(m, m); const c = structuredClone(m); return c.get(c) === c; });
show("shared refs", () => { const s = {}; const c = structuredClone({ x: s, y: [s] }); return c.x === c.y[0]; });
show("class instance", () => { class Foo { constructor() { this.x = 1; } get y() { return 2; } } const c = structuredClone(new Foo()); return [c, c.constructor === Object]; });
show("getter", () => structuredClone({ get a() { return 1; } }));
show("non-enumerable", () => { const o = {}; Object.defineProperty(o, "h", { value: 1 }); o.v = 2; return structuredClone(o); });
show("symbol key", () => structuredClone({ [Symbol("k")]: 1, a: 2 }));
show("prototype lost", () => Object.getPrototypeOf(structuredClone(Object.create({ inherited: 1 }))) === Object.prototype);
show("null prototype", () => Object.getPrototypeOf(structuredClone(Object.create(null))) === Object.prototype);
show("key order", () => structuredClone({ b: 1, 2: 2, a: 3, 1: 4 }));
show("array props", () => { const a = [1, 2]; a.foo = "bar"; return structuredClone(a); });
show("mutation during", () => structuredClone({ a: 1, get b() { delete this.c; return 2; }, c: 3 }));
show("array mutation", () => { const a = [1, 2, 3]; Object.defineProperty(a, 1, { get() { a.length = 1; return 9; }, enumerable: true, configurable: true }); return structuredClone(a); });
show("Math", () => structuredClone(Math));
show("JSON-ish", () => structuredClone({ nested: { deep: [{ x: [1, { y: null }] }] } }));
// Errors
show("error", () => { const e = new Error("m"); const c = structuredClone(e); return [c.message, c.name, c.stack === e.stack, c instanceof Error, c !== e]; });
show("error props", () => { const e = new TypeError("m", { cause: { x: 1 } }); e.extra = 5; const c = structuredClone(e); return [c.cause, c.extra, c.name, Object.getOwnPropertyNames(c), c instanceof TypeError]; });
show("error descriptors", () => { const c = structuredClone(new RangeError("r", { cause: 1 })); const d = Object.getOwnPropertyDescriptors(c); return [d.message, d.cause]; });
show("error custom name", () => { const e = new Error("m"); e.name = "Foo"; const c = structuredClone(e); return [c.name, Object.getPrototypeOf(c) === Error.prototype]; });
show("error name RangeError", () => { const e = new Error("m"); e.name = "RangeError"; return structuredClone(e) instanceof RangeError; });
show("error subclass", () => { class MyErr extends Error { constructor() { super("sub"); this.name = "MyErr"; } } const c = structuredClone(new MyErr()); return [c.name, c.constructor.name, c.message]; });
show("error no message", () => { const c = structuredClone(new Error()); return [Object.getOwnPropertyNames(c), c.message]; });
show("error stack deleted", () => { const e = new Error("x"); delete e.stack; const c = structuredClone(e); return [Object.getOwnPropertyNames(c), c.stack]; });
show("error stack number", () => { const e = new Error("x"); e.stack = 42; return structuredClone(e).stack; });
show("error message number", () => { const e = new Error("x"); e.message = 42; return typeof structuredClone(e).message; });
show("error message getter", () => { const e = new Error("x"); Object.defineProperty(e, "message", { get() { return "g"; } }); return structuredClone(e).message; });
show("error cause getter", () => { const e = new Error("x"); Object.defineProperty(e, "cause", { get() { return 5; } }); return structuredClone(e).cause; });
show("error cause undefined", () => { const e = new Error("x", { cause: undefined }); return Object.getOwnPropertyNames(structuredClone(e)); });
show("error name number", () => { const e = new Error("x"); e.name = 42; return structuredClone(e).name; });
show("error proto swapped", () => { const e = new RangeError("r"); Object.setPrototypeOf(e, TypeError.prototype); return structuredClone(e).name; });
show("error cycle", () => { const e = new Error("c"); e.cause = e; const c = structuredClone(e); return c.cause === c; });
show("fake error", () => structuredClone(Object.create(Error.prototype)));
show("aggregate", () => { const c = structuredClone(new AggregateError([1], "agg")); return [c.name, c.errors, c instanceof AggregateError, Object.getOwnPropertyNames(c)]; });
show("evalerror", () => { const c = structuredClone(new EvalError("e")); return [c.name, c instanceof EvalError]; });
show("domexception", () => { const c = structuredClone(new DOMException("d", "AbortError")); return [c.name, c.message, c.code, c instanceof DOMException]; });
// Not cloneable
show("function", () => structuredClone(() => {}));
show("named function", () => structuredClone({ f: function namedFunc(a) { return a; } }));
show("class", () => structuredClone(class K {}));
show("async function", () => structuredClone(async () => {}));
show("native function", () => structuredClone({ a: { b: [1, Math.max] } }));
show("bound function", () => structuredClone((function f() {}).bind(null)));
show("symbol", () => structuredClone(Symbol("s")));
show("symbol no description", () => structuredClone(Symbol()));
show("symbol value", () => structuredClone({ a: Symbol.for("r") }));
show("symbol object", () => structuredClone(Object(Symbol("x"))));
show("weakmap", () => structuredClone(new WeakMap()));
show("weakset", () => structuredClone(new WeakSet()));
show("weakref", () => structuredClone(new WeakRef({})));
show("promise", () => structuredClone(Promise.resolve(1)));
show("generator", () => structuredClone((function* () {})()));
show("arguments", () => (function () { return structuredClone(arguments); })(1, 2));
show("map iterator", () => structuredClone(new Map().entries()));
show("array iterator", () => structuredClone([].values()));
show("globalThis", () => structuredClone(globalThis));
show("intl", () => structuredClone(new Intl.Collator()));
show("iterator helper", () => structuredClone([].values().map((x) => x)));
show("disposable stack", () => structuredClone(new DisposableStack()));
show("raw json", () => structuredClone(JSON.rawJSON("1")));
show("function in map", () => structuredClone(new Map([[1, () => 1]])));
show("error with function cause", () => structuredClone(new Error("x", { cause: () => 1 })));
show("getter throws", () => structuredClone({ get a() { throw new Error("from getter"); } }));
show("error name getter throws", () => { const e = new Error("x"); Object.defineProperty(e, "name", { get() { throw new Error("name getter"); } }); return structuredClone(e); });
// Arguments and transfer
show("no arguments", () => structuredClone());
show("options null", () => structuredClone(1, null));
show("options undefined", () => structuredClone(1, undefined));
show("options number", () => structuredClone(1, 5));
show("options string", () => structuredClone(1, "x"));
show("options function", () => structuredClone(1, () => {}));
show("transfer not iterable", () => structuredClone(1, { transfer: 5 }));
show("transfer object not iterable", () => structuredClone(1, { transfer: {} }));
show("transfer primitive item", () => structuredClone(1, { transfer: [1] }));
show("transfer plain object", () => structuredClone(1, { transfer: [{}] }));
show("transfer typed array", () => structuredClone(1, { transfer: [new Uint8Array(1)] }));
show("transfer SAB", () => structuredClone(1, { transfer: [new SharedArrayBuffer(1)] }));
show("transfer", () => {
  const b = new ArrayBuffer(4);
  new Uint8Array(b).set([1, 2, 3, 4]);
  const c = structuredClone({ buf: b, view: new Uint8Array(b, 1, 2) }, { transfer: [b] });
  return [b.byteLength, b.detached, c.buf.byteLength, new Uint8Array(c.buf), c.view, c.view.buffer === c.buf];
});
show("transfer detached", () => { const b = new ArrayBuffer(1); b.transfer(); return structuredClone(1, { transfer: [b] }); });
show("transfer duplicate", () => { const b = new ArrayBuffer(1); return [structuredClone(b, { transfer: [b, b] }).byteLength, b.detached]; });
show("transfer not referenced", () => { const b = new ArrayBuffer(2); structuredClone("x", { transfer: [b] }); return b.detached; });
show("transfer then clone error", () => { const b = new ArrayBuffer(2); try { structuredClone([b, () => {}], { transfer: [b] }); } catch (e) { return [e.name, b.detached]; } });
const d = Object.getOwnPropertyDescriptor(globalThis, "structuredClone");
console.log(d.writable, d.enumerable, d.configurable, structuredClone.length, structuredClone.name, structuredClone);
try {
  structuredClone(() => 1);
} catch (e) {
  console.log(e);
  console.log(Object.getOwnPropertyNames(e), e.code, e.name, e instanceof Error);
}
try {
  structuredClone();
} catch (e) {
  console.log(e);
}
