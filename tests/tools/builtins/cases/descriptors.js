// Attributes, names and lengths of the standard built-ins (a walk over the globals, their
// statics and prototypes), leaving out what V8 10.2 cannot have (Temporal, Float16Array,
// Intl.DurationFormat and a few Intl range methods, Function.prototype.arguments/caller names,
// RegExp.prototype.unicodeSets).
// Walks the standard built-ins (global names, their statics, prototypes, well-known
// intrinsic prototypes) and prints each property with its attributes, name and length, so
// that `deno` and `loopscope` can be diffed to find missing or differing built-ins.
const seen = new Set();
const out = [];
const fmtKey = (k) => typeof k === "symbol" ? `[${k.description}]` : k;
function attrs(d) {
  if (!d) return "-";
  const a = ("value" in d ? "v" : "a") + (d.writable ? "w" : "") + (d.enumerable ? "e" : "") + (d.configurable ? "c" : "");
  let extra = "";
  const v = "value" in d ? d.value : d.get;
  if (typeof v === "function") {
    extra = ` fn name=${JSON.stringify(v.name)} len=${v.length}`;
    if (d.set) extra += ` setter name=${JSON.stringify(d.set.name)}`;
  } else if ("value" in d) {
    extra = ` ${typeof v}`;
    if (typeof v !== "object" || v === null) extra += ` ${typeof v === "symbol" ? v.toString() : typeof v === "bigint" ? v + "n" : String(v)}`;
  }
  return a + extra;
}
function walk(obj, path, depth) {
  if (obj === null || (typeof obj !== "object" && typeof obj !== "function")) return;
  if (seen.has(obj)) { out.push(`${path} = <seen>`); return; }
  seen.add(obj);
  const keys = Reflect.ownKeys(obj).sort((a, b) => String(fmtKey(a)) < String(fmtKey(b)) ? -1 : 1);
  for (const k of keys) {
    const d = Object.getOwnPropertyDescriptor(obj, k);
    const p = `${path}.${fmtKey(k)}`;
    out.push(`${p} ${attrs(d)}`);
    if (depth > 0 && d && "value" in d && (typeof d.value === "function" || (typeof d.value === "object" && d.value !== null))) {
      if (k === "constructor") continue;
      walk(d.value, p, depth - 1);
    }
  }
}
const skip = new Set(["console", "Deno", "window", "self", "globalThis", "global", "process", "performance",
  "setTimeout", "setInterval", "clearTimeout", "clearInterval", "setImmediate", "clearImmediate", "queueMicrotask",
  "Buffer", "__dirname", "__filename", "require", "module", "exports", "navigator", "location", "caches", "crypto",
  "localStorage", "sessionStorage", "WebAssembly"]);
const std = ["Object", "Function", "Array", "Number", "parseFloat", "parseInt", "Infinity", "NaN", "undefined",
  "Boolean", "String", "Symbol", "Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError",
  "ReferenceError", "SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl", "ArrayBuffer", "Atomics",
  "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array", "Float32Array", "Float64Array",
  "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet",
  "Proxy", "Reflect", "FinalizationRegistry", "WeakRef", "decodeURI", "decodeURIComponent", "encodeURI",
  "encodeURIComponent", "escape", "unescape", "eval", "isFinite", "isNaN", "SharedArrayBuffer",
  "Iterator", "Float16Array", "SuppressedError", "DisposableStack", "AsyncDisposableStack", "Temporal",
  "structuredClone", "atob", "btoa", "DOMException"];
for (const name of std) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  out.push(`global.${name} ${attrs(d)}`);
  if (d && "value" in d) walk(d.value, name, 3);
}
const intrinsics = {
  TypedArray: Object.getPrototypeOf(Uint8Array),
  IteratorPrototype: Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
  ArrayIteratorPrototype: Object.getPrototypeOf([][Symbol.iterator]()),
  MapIteratorPrototype: Object.getPrototypeOf(new Map()[Symbol.iterator]()),
  SetIteratorPrototype: Object.getPrototypeOf(new Set()[Symbol.iterator]()),
  StringIteratorPrototype: Object.getPrototypeOf(""[Symbol.iterator]()),
  RegExpStringIteratorPrototype: Object.getPrototypeOf(/a/[Symbol.matchAll]("")),
  GeneratorFunction: Object.getPrototypeOf(function* () {}).constructor,
  AsyncGeneratorFunction: Object.getPrototypeOf(async function* () {}).constructor,
  AsyncFunction: Object.getPrototypeOf(async function () {}).constructor,
  AsyncIteratorPrototype: Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})()))),
  AsyncFromSyncIteratorPrototype: undefined,
  ThrowTypeError: Object.getOwnPropertyDescriptor(function () { "use strict"; return arguments; }(), "callee").get,
};
for (const [name, v] of Object.entries(intrinsics)) walk(v, "%" + name + "%", 3);
const skipped = [/^(global\.)?Temporal\b/, /Float16Array/, /^Intl\.DurationFormat/, /^Intl\.NumberFormat\.prototype\.formatRange/,
  /^Intl\.PluralRules\.prototype\.selectRange/, /^Date\.prototype\.toTemporalInstant/, /^Function\.prototype\.(arguments|caller) /,
  /^RegExp\.prototype\.unicodeSets /];
for (const line of out) if (!skipped.some((re) => re.test(line))) console.log(line);
