// Built-ins that Deno 2.9's V8 has and V8 10.2 lacks, written for loopscope (see
// tests/tools/builtins). The whole text is one function expression, run once per isolate
// before the script.
//
// Everything here follows the ECMAScript specification text (and, for the web globals
// structuredClone / atob / btoa / DOMException, the HTML and WebIDL texts), with the error
// messages that Deno's V8 uses. Intrinsics are captured before any user code runs, so a script
// patching built-in prototypes cannot change how these behave.
(function (global) {
  "use strict";

  // ------------------------------------------------------------------ intrinsics
  const ObjectCtor = Object;
  const ArrayCtor = Array;
  const StringCtor = String;
  const SymbolCtor = Symbol;
  const PromiseCtor = Promise;
  const MapCtor = Map;
  const SetCtor = Set;
  const WeakMapCtor = WeakMap;
  const WeakSetCtor = WeakSet;
  const ErrorCtor = Error;
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const SyntaxErrorCtor = SyntaxError;
  const ReferenceErrorCtor = ReferenceError;
  const ArrayBufferCtor = ArrayBuffer;
  const Uint8ArrayCtor = Uint8Array;
  const DataViewCtor = DataView;
  const DateCtor = Date;
  const RegExpCtor = RegExp;
  const ProxyCtor = Proxy;
  const JSONObject = JSON;
  const MathObject = Math;

  const ReflectApply = Reflect.apply;
  const ReflectConstruct = Reflect.construct;
  const ReflectDefineProperty = Reflect.defineProperty;
  const ReflectDeleteProperty = Reflect.deleteProperty;
  const ReflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
  const ReflectGetPrototypeOf = Reflect.getPrototypeOf;
  const ReflectSetPrototypeOf = Reflect.setPrototypeOf;
  const ReflectOwnKeys = Reflect.ownKeys;
  const ReflectHas = Reflect.has;

  const uncurryThis = (fn) => (self, ...args) => ReflectApply(fn, self, args);
  const getterOf = (proto, key) => uncurryThis(ReflectGetOwnPropertyDescriptor(proto, key).get);

  const ObjectCreate = Object.create;
  const ObjectFreeze = Object.freeze;
  const ObjectKeys = Object.keys;
  const ObjectIs = Object.is;
  const ObjectPrototype = Object.prototype;
  const ObjectPrototypeToString = uncurryThis(ObjectPrototype.toString);
  const ObjectPrototypeHasOwnProperty = uncurryThis(ObjectPrototype.hasOwnProperty);
  const ObjectPrototypeIsPrototypeOf = uncurryThis(ObjectPrototype.isPrototypeOf);
  const FunctionPrototype = Function.prototype;
  const FunctionPrototypeToStringNative = FunctionPrototype.toString;
  const ArrayIsArray = Array.isArray;
  const ArrayPrototype = Array.prototype;
  const ArrayPrototypeSort = ArrayPrototype.sort;
  const ArrayPrototypeJoin = uncurryThis(ArrayPrototype.join);
  const StringFromCharCode = String.fromCharCode;
  const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt);
  const StringPrototypeCodePointAt = uncurryThis(String.prototype.codePointAt);
  const StringPrototypeSlice = uncurryThis(String.prototype.slice);
  const StringPrototypeSplit = uncurryThis(String.prototype.split);
  const StringPrototypeReplace = uncurryThis(String.prototype.replace);
  const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
  const StringPrototypeToLowerCase = uncurryThis(String.prototype.toLowerCase);
  const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
  const NumberPrototypeToString = uncurryThis(Number.prototype.toString);
  const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
  const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
  const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
  const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
  const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
  const SymbolFor = Symbol.for;
  const SymbolKeyFor = Symbol.keyFor;
  const SymbolIterator = Symbol.iterator;
  const SymbolAsyncIterator = Symbol.asyncIterator;
  const SymbolToStringTag = Symbol.toStringTag;
  const SymbolUnscopables = Symbol.unscopables;
  const NumberIsInteger = Number.isInteger;
  const MathTrunc = Math.trunc;
  const MathFloor = Math.floor;
  const MathAbs = Math.abs;
  const MathMin = Math.min;
  const MathMax = Math.max;
  const MathPow = Math.pow;
  const MathLog2 = Math.log2;
  const BigIntAsUintN = BigInt.asUintN;
  const JSONParse = JSON.parse;
  const JSONStringify = JSON.stringify;

  const MapPrototype = Map.prototype;
  const MapPrototypeGet = uncurryThis(MapPrototype.get);
  const MapPrototypeSet = uncurryThis(MapPrototype.set);
  const MapPrototypeHas = uncurryThis(MapPrototype.has);
  const MapPrototypeGetSize = getterOf(MapPrototype, "size");
  const MapPrototypeEntries = uncurryThis(MapPrototype.entries);
  const MapIteratorNext = uncurryThis(ReflectGetPrototypeOf(new Map().entries()).next);
  const SetPrototype = Set.prototype;
  const SetPrototypeHas = uncurryThis(SetPrototype.has);
  const SetPrototypeAdd = uncurryThis(SetPrototype.add);
  const SetPrototypeDelete = uncurryThis(SetPrototype.delete);
  const SetPrototypeGetSize = getterOf(SetPrototype, "size");
  const SetPrototypeValues = uncurryThis(SetPrototype.values);
  const SetIteratorNext = uncurryThis(ReflectGetPrototypeOf(new Set().values()).next);
  const WeakMapPrototype = WeakMap.prototype;
  const WeakMapPrototypeGet = uncurryThis(WeakMapPrototype.get);
  const WeakMapPrototypeSet = uncurryThis(WeakMapPrototype.set);
  const WeakMapPrototypeHas = uncurryThis(WeakMapPrototype.has);
  const WeakSetPrototypeHas = uncurryThis(WeakSet.prototype.has);
  const WeakSetPrototypeAdd = uncurryThis(WeakSet.prototype.add);
  const WeakRefPrototypeDeref = typeof WeakRef === "function" ? uncurryThis(WeakRef.prototype.deref) : undefined;
  const FinalizationRegistryPrototypeUnregister = typeof FinalizationRegistry === "function"
    ? uncurryThis(FinalizationRegistry.prototype.unregister) : undefined;
  const PromisePrototype = Promise.prototype;
  const PromisePrototypeThen = uncurryThis(PromisePrototype.then);
  const PromiseResolve = (v) => ReflectApply(PromiseCtor.resolve, PromiseCtor, [v]);
  const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
  const RegExpPrototype = RegExp.prototype;
  const RegExpPrototypeGetSource = getterOf(RegExpPrototype, "source");
  const RegExpPrototypeGetFlags = {};
  for (const flag of ["hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "sticky"]) {
    const d = ReflectGetOwnPropertyDescriptor(RegExpPrototype, flag);
    if (d !== undefined) RegExpPrototypeGetFlags[flag] = uncurryThis(d.get);
  }
  const ErrorPrototype = Error.prototype;
  const ErrorPrototypeToString = ErrorPrototype.toString;
  const ErrorCaptureStackTrace = Error.captureStackTrace;
  const ArrayBufferPrototype = ArrayBuffer.prototype;
  const ArrayBufferPrototypeGetByteLengthNative = getterOf(ArrayBufferPrototype, "byteLength");
  const ArrayBufferPrototypeSliceNative = ArrayBufferPrototype.slice;
  const SharedArrayBufferCtor = typeof SharedArrayBuffer === "function" ? SharedArrayBuffer : undefined;
  const SharedArrayBufferPrototypeGetByteLength = SharedArrayBufferCtor
    ? getterOf(SharedArrayBufferCtor.prototype, "byteLength") : undefined;
  const TypedArray = ReflectGetPrototypeOf(Uint8Array);
  const TypedArrayPrototype = TypedArray.prototype;
  const TypedArrayPrototypeGetTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
  const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, "length");
  const TypedArrayPrototypeGetBuffer = getterOf(TypedArrayPrototype, "buffer");
  const TypedArrayPrototypeGetByteOffset = getterOf(TypedArrayPrototype, "byteOffset");
  const TypedArrayPrototypeSort = TypedArrayPrototype.sort;
  const TypedArrayPrototypeSet = uncurryThis(TypedArrayPrototype.set);
  const TypedArrayPrototypeFill = uncurryThis(TypedArrayPrototype.fill);
  const DataViewPrototype = DataView.prototype;
  const DataViewPrototypeGetBuffer = getterOf(DataViewPrototype, "buffer");
  const DataViewPrototypeGetByteOffset = getterOf(DataViewPrototype, "byteOffset");
  const DataViewPrototypeGetByteLength = getterOf(DataViewPrototype, "byteLength");
  const DataViewPrototypeGetUint16 = uncurryThis(DataViewPrototype.getUint16);
  const DataViewPrototypeSetUint16 = uncurryThis(DataViewPrototype.setUint16);
  const IteratorPrototype = ReflectGetPrototypeOf(ReflectGetPrototypeOf([][SymbolIterator]()));
  const ArrayIteratorPrototype = ReflectGetPrototypeOf([][SymbolIterator]());
  const AsyncIteratorPrototype = ReflectGetPrototypeOf(ReflectGetPrototypeOf(
    ReflectGetPrototypeOf((async function* () {})())));
  const GeneratorPrototype = ReflectGetPrototypeOf(function* () {}).prototype;
  const AsyncGeneratorPrototype = ReflectGetPrototypeOf(async function* () {}).prototype;

  const typedArrayConstructors = {
    __proto__: null,
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array,
  };

  const isObject = (v) => (typeof v === "object" && v !== null) || typeof v === "function";
  const isCallable = (v) => typeof v === "function";
  // IsConstructor, without touching the value: a proxy's [[Construct]] exists exactly when
  // its target's does, and the trap keeps the target itself out of it.
  const constructProbe = { __proto__: null, construct: () => ({}) };
  function isConstructor(v) {
    if (!isCallable(v)) return false;
    try {
      ReflectConstruct(new ProxyCtor(v, constructProbe), []);
      return true;
    } catch {
      return false;
    }
  }

  // List helpers for internal arrays, safe from Array.prototype patches.
  const push = (list, value) => {
    ReflectDefineProperty(list, list.length, { value, writable: true, enumerable: true, configurable: true });
  };
  // CreateDataPropertyOrThrow.
  function createDataProperty(obj, key, value) {
    if (!ReflectDefineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true })) {
      throw makeError(TypeErrorCtor, `Cannot add property ${typeof key === "symbol" ? SymbolPrototypeToString(key) : key}, object is not extensible`);
    }
  }
  // Non-enumerable, writable, configurable: how V8 installs built-in functions.
  function defineHidden(obj, key, value) {
    ReflectDefineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
  }

  // ------------------------------------------------------------------ errors
  // Errors thrown from here carry only the script's own frames (V8's built-ins leave
  // themselves out of a stack too, apart from one `<anonymous>` line), so that
  // Error.stackTraceLimit frames of the script remain and Deno's source-line echo of an
  // uncaught error finds the same line.
  const OWN_SCRIPT = "ext:loopscope/builtins.js";
  // Rewrites `stack` so that each run of this script's frames becomes the one line V8 prints
  // for a built-in: its outermost frame, "    at Array.toSorted (<anonymous>)" (runs without
  // a named outermost frame are dropped); at most `limit` frames remain.
  function trimStack(err, limit) {
    let stack;
    try {
      const d = ReflectGetOwnPropertyDescriptor(err, "stack");
      if (d === undefined || !("value" in d)) return;
      stack = d.value;
    } catch {
      return;
    }
    if (typeof stack !== "string") return;
    const lines = StringPrototypeSplit(stack, "\n");
    const kept = [];
    let frames = 0;
    const isOwn = (line) => StringPrototypeIndexOf(line, "    at ") === 0 && StringPrototypeIndexOf(line, OWN_SCRIPT) !== -1;
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i];
      if (StringPrototypeIndexOf(line, "    at ") === 0) {
        if (isOwn(line)) {
          if (i + 1 < lines.length && isOwn(lines[i + 1])) continue;
          const paren = StringPrototypeIndexOf(line, ` (${OWN_SCRIPT}`);
          if (paren === -1) continue;
          line = `${StringPrototypeSlice(line, 0, paren)} (<anonymous>)`;
        }
        if (frames >= limit) continue;
        frames++;
      }
      push(kept, line);
    }
    ReflectDefineProperty(err, "stack", {
      value: ArrayPrototypeJoin(kept, "\n"), writable: true, enumerable: false, configurable: true,
    });
  }
  function ownFrameCount(err) {
    let stack;
    try {
      const d = ReflectGetOwnPropertyDescriptor(err, "stack");
      stack = d !== undefined && "value" in d ? d.value : undefined;
    } catch {
      return 0;
    }
    if (typeof stack !== "string") return 0;
    let count = 0;
    for (let at = StringPrototypeIndexOf(stack, OWN_SCRIPT); at !== -1; at = StringPrototypeIndexOf(stack, OWN_SCRIPT, at + 1)) {
      count++;
    }
    return count;
  }
  // Creates an error; if frames of this script were captured, creates it again with
  // Error.stackTraceLimit raised by their number, so that the script's own frames fill the
  // usual limit once this script's frames are taken out of `stack`.
  function withDeepStack(create) {
    let limit;
    try {
      limit = ErrorCtor.stackTraceLimit;
    } catch {
      limit = undefined;
    }
    const first = create();
    if (typeof limit !== "number" || !(limit >= 0)) return first;
    const own = ownFrameCount(first);
    if (own === 0) return first;
    let err = first;
    try {
      ErrorCtor.stackTraceLimit = limit + own;
      try {
        err = create();
      } finally {
        ErrorCtor.stackTraceLimit = limit;
      }
    } catch {
      // a frozen Error constructor: keep the first one
    }
    trimStack(err, limit);
    return err;
  }
  function makeError(C, message) {
    return withDeepStack(() => new C(message));
  }
  const throwTypeError = (message) => {
    throw makeError(TypeErrorCtor, message);
  };
  const throwRangeError = (message) => {
    throw makeError(RangeErrorCtor, message);
  };

  // ------------------------------------------------------------------ V8's renderings
  // GetDataProperty: a lookup along the prototype chain that runs no getter.
  function getDataProperty(obj, key) {
    let o = obj;
    for (let depth = 0; o !== null && depth < 10000; depth++) {
      let d;
      try {
        d = ReflectGetOwnPropertyDescriptor(o, key);
      } catch {
        return undefined;
      }
      if (d !== undefined) return "value" in d ? d.value : undefined;
      try {
        o = ReflectGetPrototypeOf(o);
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
  function hasPropertyNoSideEffects(obj, key) {
    let o = obj;
    for (let depth = 0; o !== null && depth < 10000; depth++) {
      try {
        if (ReflectGetOwnPropertyDescriptor(o, key) !== undefined) return true;
        o = ReflectGetPrototypeOf(o);
      } catch {
        return true;
      }
    }
    return false;
  }
  const tryBrand = (check, v) => {
    try {
      check(v);
      return true;
    } catch {
      return false;
    }
  };
  const isDate = (v) => tryBrand(DatePrototypeGetTime, v);
  const isRegExp = (v) => v !== RegExpPrototype && tryBrand(RegExpPrototypeGetSource, v);
  const isBooleanObject = (v) => tryBrand(BooleanPrototypeValueOf, v);
  const isNumberObject = (v) => tryBrand(NumberPrototypeValueOf, v);
  const isStringObject = (v) => tryBrand(StringPrototypeValueOf, v);
  const isBigIntObject = (v) => tryBrand(BigIntPrototypeValueOf, v);
  const isSymbolObject = (v) => tryBrand(SymbolPrototypeValueOf, v);
  const isMap = (v) => tryBrand(MapPrototypeGetSize, v);
  const isSet = (v) => tryBrand(SetPrototypeGetSize, v);
  const isWeakMap = (v) => tryBrand((x) => WeakMapPrototypeHas(x, isWeakMap), v);
  const isWeakSet = (v) => tryBrand((x) => WeakSetPrototypeHas(x, isWeakMap), v);
  const isWeakRef = (v) => WeakRefPrototypeDeref !== undefined && tryBrand(WeakRefPrototypeDeref, v);
  const isFinalizationRegistry = (v) => FinalizationRegistryPrototypeUnregister !== undefined &&
    tryBrand((x) => FinalizationRegistryPrototypeUnregister(x, isWeakMap), v);
  const isArrayBuffer = (v) => tryBrand(ArrayBufferPrototypeGetByteLengthNative, v);
  const isSharedArrayBuffer = (v) => SharedArrayBufferPrototypeGetByteLength !== undefined &&
    tryBrand(SharedArrayBufferPrototypeGetByteLength, v);
  const isTypedArray = (v) => isObject(v) && TypedArrayPrototypeGetTag(v) !== undefined;
  const isDataView = (v) => tryBrand(DataViewPrototypeGetBuffer, v);
  const isPromise = (v) => isObject(v) && ObjectPrototypeToString(v) === "[object Promise]" &&
    ObjectPrototypeIsPrototypeOf(PromisePrototype, v);
  // [[ErrorData]]: Object.prototype.toString says "Error" for exactly those objects unless a
  // @@toStringTag overrides it; errors made here are remembered.
  const knownErrors = new WeakSetCtor();
  function isNativeError(v) {
    if (!isObject(v)) return false;
    if (WeakSetPrototypeHas(knownErrors, v)) return true;
    if (!hasPropertyNoSideEffects(v, SymbolToStringTag)) return ObjectPrototypeToString(v) === "[object Error]";
    const d = ReflectGetOwnPropertyDescriptor(v, "stack");
    return d !== undefined && "value" in d && ObjectPrototypeIsPrototypeOf(ErrorPrototype, v);
  }
  function builtinTag(v) {
    if (ArrayIsArray(v)) return "Array";
    if (isTypedArray(v)) return TypedArrayPrototypeGetTag(v);
    if (typeof v === "function") return "Function";
    if (isNativeError(v)) return "Error";
    if (isBooleanObject(v)) return "Boolean";
    if (isNumberObject(v)) return "Number";
    if (isStringObject(v)) return "String";
    if (isDate(v)) return "Date";
    if (isRegExp(v)) return "RegExp";
    return "Object";
  }
  const nativeFunctionNames = new WeakMapCtor();
  function functionSource(fn) {
    const name = WeakMapPrototypeGet(nativeFunctionNames, fn);
    if (name !== undefined) return `function ${name}() { [native code] }`;
    return ReflectApply(FunctionPrototypeToStringNative, fn, []);
  }
  // Object::NoSideEffectsToString, which V8 uses to show a value in an error message.
  function describe(v) {
    switch (typeof v) {
      case "string":
        return v;
      case "symbol":
        return SymbolPrototypeToString(v);
      case "function":
        try {
          return functionSource(v);
        } catch {
          return "function () { [native code] }";
        }
      case "object":
        if (v === null) return "null";
        break;
      default:
        return `${v}`;
    }
    const toString = getDataProperty(v, "toString");
    if (isNativeError(v) || toString === ErrorPrototypeToString) {
      let name = getDataProperty(v, "name");
      let message = getDataProperty(v, "message");
      name = typeof name === "string" ? name : "Error";
      message = typeof message === "string" ? message : "";
      if (name === "") return message;
      if (message === "") return name;
      return `${name}: ${message}`;
    }
    if (toString === ObjectPrototype.toString) {
      const ctor = getDataProperty(v, "constructor");
      if (typeof ctor === "function") {
        const name = getDataProperty(ctor, "name");
        if (typeof name === "string" && name !== "") return `#<${name}>`;
      }
    }
    let tag = getDataProperty(v, SymbolToStringTag);
    if (typeof tag !== "string") tag = builtinTag(v);
    return `[object ${tag}]`;
  }
  // BuildDefaultCallSite: how V8 names a value it could not call or iterate.
  function callSite(v) {
    let text = typeof v;
    if (typeof v === "string") {
      text += v.length <= 100 ? ` "${v}"` : ` "${StringPrototypeSlice(v, 0, 100)}<...>"`;
    } else if (v === null) {
      text += " null";
    } else if (typeof v === "boolean" || typeof v === "number") {
      text += ` ${v}`;
    }
    return text;
  }

  // ------------------------------------------------------------------ abstract operations
  function toIntegerOrInfinity(v) {
    const n = +v;
    if (n !== n) return 0;
    return MathTrunc(n) + 0;
  }
  function toLength(v) {
    const n = toIntegerOrInfinity(v);
    if (n <= 0) return 0;
    return n > 9007199254740991 ? 9007199254740991 : n;
  }
  function toObject(v) {
    if (v === null || v === undefined) throwTypeError("Cannot convert undefined or null to object");
    return ObjectCtor(v);
  }
  const lengthOfArrayLike = (o) => toLength(o.length);
  function toPropertyKey(v) {
    if (isObject(v)) {
      // ToPrimitive with hint string, through the ordinary coercion of a computed key.
      const holder = { [v]: 0 };
      return ReflectOwnKeys(holder)[0];
    }
    return typeof v === "symbol" ? v : `${v}`;
  }
  function toStringSafe(v) {
    // ToString: a Symbol throws "Cannot convert a Symbol value to a string".
    return `${v}`;
  }
  const sameValueZeroCanonical = (v) => (v === 0 ? 0 : v);

  // Iterator records: { iterator, next, done }.
  function getIteratorDirect(obj) {
    return { iterator: obj, next: obj.next, done: false };
  }
  function getIterator(obj, describeMissing) {
    const method = obj[SymbolIterator];
    if (!isCallable(method)) throwTypeError(describeMissing(obj));
    const iterator = ReflectApply(method, obj, []);
    if (!isObject(iterator)) throwTypeError("Result of the Symbol.iterator method is not an object");
    return getIteratorDirect(iterator);
  }
  const DONE = SymbolCtor("done");
  // IteratorStepValue: the next value, or DONE.
  function iteratorStepValue(record) {
    let result;
    try {
      const next = record.next;
      if (!isCallable(next)) throwTypeError(`${callSite(next)} is not a function`);
      result = ReflectApply(next, record.iterator, []);
      if (!isObject(result)) throwTypeError(`Iterator result ${describe(result)} is not an object`);
      if (result.done) {
        record.done = true;
        return DONE;
      }
      return result.value;
    } catch (e) {
      record.done = true;
      throw e;
    }
  }
  // IteratorClose with a normal completion: runs return() and checks its result.
  function iteratorClose(record, message = "Iterator result %s is not an object") {
    const iterator = record.iterator;
    const ret = iterator.return;
    if (ret === undefined || ret === null) return;
    if (!isCallable(ret)) throwTypeError(`${callSite(ret)} is not a function`);
    const result = ReflectApply(ret, iterator, []);
    if (!isObject(result)) throwTypeError(StringPrototypeReplace(message, "%s", describe(result)));
  }
  // IteratorClose with a throw completion: return() runs, its own failure is ignored.
  function iteratorCloseOnError(record) {
    try {
      const iterator = record.iterator;
      const ret = iterator.return;
      if (ret !== undefined && ret !== null) ReflectApply(ret, iterator, []);
    } catch {
      // the original error wins
    }
  }

  // ------------------------------------------------------------------ installation
  // Built-in functions print as native code, as they do in Deno.
  function markNative(fn, name) {
    WeakMapPrototypeSet(nativeFunctionNames, fn, name === undefined ? fn.name : name);
    return fn;
  }
  // Copies the methods / accessors of `source` (written with method syntax, so they are not
  // constructors and have the right name and length) onto `target` the way V8 installs
  // built-ins: non-enumerable, writable (methods), configurable. Keys already present on
  // `target` are left alone.
  function install(target, source, options = {}) {
    const keys = options.order !== undefined ? options.order : ReflectOwnKeys(source);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!options.replace && ObjectPrototypeHasOwnProperty(target, key)) continue;
      const d = ReflectGetOwnPropertyDescriptor(source, key);
      if ("value" in d) {
        if (typeof d.value === "function") markNative(d.value);
        ReflectDefineProperty(target, key, {
          value: d.value, writable: options.readonly ? false : true, enumerable: false, configurable: !options.readonly,
        });
      } else {
        if (d.get) markNative(d.get);
        if (d.set) markNative(d.set);
        ReflectDefineProperty(target, key, { get: d.get, set: d.set, enumerable: false, configurable: true });
      }
    }
  }
  function setFunctionName(fn, name) {
    ReflectDefineProperty(fn, "name", { value: name, writable: false, enumerable: false, configurable: true });
    return fn;
  }
  function setFunctionLength(fn, length) {
    ReflectDefineProperty(fn, "length", { value: length, writable: false, enumerable: false, configurable: true });
    return fn;
  }
  // A built-in constructor written as a plain function: its prototype is fixed.
  function setupConstructor(ctor, proto, length) {
    ReflectDefineProperty(ctor, "prototype", { value: proto, writable: false, enumerable: false, configurable: false });
    if (proto !== IteratorPrototype) defineHidden(proto, "constructor", ctor);
    if (length !== undefined) setFunctionLength(ctor, length);
    markNative(ctor);
  }

  // Function.prototype.toString: built-ins defined here print as native code.
  install(FunctionPrototype, {
    toString() {
      return functionSource(this);
    },
  }, { replace: true });

  // ================================================================== Array
  const MAX_ARRAY_LENGTH = 4294967295;
  function arrayCreate(len) {
    if (len > MAX_ARRAY_LENGTH) throwRangeError("Invalid array length");
    return [];
  }
  function sortCompareDefault(x, y) {
    const xs = toStringSafe(x);
    const ys = toStringSafe(y);
    return xs < ys ? -1 : xs > ys ? 1 : 0;
  }
  function binaryInsertionSort(items, compare) {
    for (let start = 1; start < items.length; start++) {
      const pivot = items[start];
      let left = 0;
      let right = start;
      while (left < right) {
        const mid = left + ((right - left) >> 1);
        if (compare(pivot, items[mid]) < 0) right = mid;
        else left = mid + 1;
      }
      for (let p = start; p > left; p--) items[p] = items[p - 1];
      items[left] = pivot;
    }
  }
  install(ArrayPrototype, {
    toReversed() {
      const O = toObject(this);
      const len = lengthOfArrayLike(O);
      const A = arrayCreate(len);
      for (let k = 0; k < len; k++) A[k] = O[len - k - 1];
      return A;
    },
    toSorted(comparefn) {
      if (comparefn !== undefined && !isCallable(comparefn)) {
        throwTypeError(`The comparison function must be either a function or undefined: ${describe(comparefn)}`);
      }
      const O = toObject(this);
      const len = lengthOfArrayLike(O);
      const A = arrayCreate(len);
      for (let k = 0; k < len; k++) A[k] = O[k];
      if (len <= 15) {
        // Deno's V8 sorts short arrays by binary insertion alone (no run detection).
        const items = [];
        let undefinedCount = 0;
        for (let k = 0; k < len; k++) {
          if (A[k] === undefined) undefinedCount++;
          else push(items, A[k]);
        }
        binaryInsertionSort(items, comparefn === undefined ? sortCompareDefault : (x, y) => {
          const v = +ReflectApply(comparefn, undefined, [x, y]);
          return v !== v ? 0 : v;
        });
        for (let k = 0; k < items.length; k++) A[k] = items[k];
        for (let k = items.length; k < len; k++) A[k] = undefined;
        return A;
      }
      // Longer ones with the TimSort of Array.prototype.sort (from 65 elements on, Deno's
      // V8 merges runs in a different order, so the comparator calls differ).
      ReflectApply(ArrayPrototypeSort, A, [comparefn]);
      return A;
    },
    toSpliced(start, skipCount, ...items) {
      const O = toObject(this);
      const len = lengthOfArrayLike(O);
      const relativeStart = toIntegerOrInfinity(start);
      let actualStart;
      if (relativeStart === -Infinity) actualStart = 0;
      else if (relativeStart < 0) actualStart = MathMax(len + relativeStart, 0);
      else actualStart = MathMin(relativeStart, len);
      const insertCount = items.length;
      let actualSkipCount;
      if (arguments.length === 0) actualSkipCount = 0;
      else if (arguments.length === 1) actualSkipCount = len - actualStart;
      else actualSkipCount = MathMin(MathMax(toIntegerOrInfinity(skipCount), 0), len - actualStart);
      const newLen = len + insertCount - actualSkipCount;
      if (newLen > 9007199254740991) throwTypeError("Invalid array length");
      const A = arrayCreate(newLen);
      let i = 0;
      let r = actualStart + actualSkipCount;
      for (; i < actualStart; i++) A[i] = O[i];
      for (let j = 0; j < insertCount; j++) A[i++] = items[j];
      for (; i < newLen; i++, r++) A[i] = O[r];
      return A;
    },
    with(index, value) {
      const O = toObject(this);
      const len = lengthOfArrayLike(O);
      const number = +index;
      const relativeIndex = toIntegerOrInfinity(number);
      const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
      if (actualIndex >= len || actualIndex < 0) throwRangeError(`Invalid index : ${number}`);
      const A = arrayCreate(len);
      for (let k = 0; k < len; k++) A[k] = k === actualIndex ? value : O[k];
      return A;
    },
  });
  // %Array.prototype%[@@unscopables], with the keys in the order Deno's V8 has them.
  {
    const old = ArrayPrototype[SymbolUnscopables];
    const names = ["at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
      "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"];
    const unscopables = ObjectCreate(null);
    for (let i = 0; i < names.length; i++) {
      if (old[names[i]] === true || ObjectPrototypeHasOwnProperty(ArrayPrototype, names[i])) {
        createDataProperty(unscopables, names[i], true);
      }
    }
    ReflectDefineProperty(ArrayPrototype, SymbolUnscopables, {
      value: unscopables, writable: false, enumerable: false, configurable: true,
    });
  }

  // ================================================================== %TypedArray%
  function validateTypedArray(O, method) {
    if (!isTypedArray(O)) {
      throwTypeError(`Method %TypedArray%.prototype.${method} called on incompatible receiver ${describe(O)}`);
    }
    if (isDetachedView(O)) throwTypeError(`Cannot perform %TypedArray%.prototype.${method} on a detached ArrayBuffer`);
    return TypedArrayPrototypeGetLength(O);
  }
  const typedArraySameType = (O, len) => new typedArrayConstructors[TypedArrayPrototypeGetTag(O)](len);
  install(TypedArrayPrototype, {
    toReversed() {
      const len = validateTypedArray(this, "toReversed");
      const A = typedArraySameType(this, len);
      for (let k = 0; k < len; k++) A[k] = this[len - k - 1];
      return A;
    },
    toSorted(comparefn) {
      if (comparefn !== undefined && !isCallable(comparefn)) {
        throwTypeError(`The comparison function must be either a function or undefined: ${describe(comparefn)}`);
      }
      const len = validateTypedArray(this, "toSorted");
      const A = typedArraySameType(this, len);
      for (let k = 0; k < len; k++) A[k] = this[k];
      ReflectApply(TypedArrayPrototypeSort, A, [comparefn]);
      return A;
    },
    with(index, value) {
      if (!isTypedArray(this)) throwTypeError("this is not a typed array.");
      const len = validateTypedArray(this, "with");
      const relativeIndex = toIntegerOrInfinity(index);
      const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
      const tag = TypedArrayPrototypeGetTag(this);
      const numericValue = tag === "BigInt64Array" || tag === "BigUint64Array" ? BigIntAsUintN(64, value) : +value;
      if (!(actualIndex >= 0 && actualIndex < TypedArrayPrototypeGetLength(this)) || isDetachedView(this)) {
        throwRangeError("Invalid typed array index");
      }
      const A = typedArraySameType(this, len);
      for (let k = 0; k < len; k++) A[k] = k === actualIndex ? numericValue : this[k];
      return A;
    },
  });

  // ================================================================== Array.fromAsync
  // CreateAsyncFromSyncIterator: next() resolves to the sync result with its value awaited.
  function asyncFromSyncContinuation(result, syncRecord, closeOnRejection) {
    let done, value, valueWrapper;
    try {
      done = !!result.done;
      value = result.value;
    } catch (e) {
      return PromiseReject(e);
    }
    try {
      valueWrapper = PromiseResolve(value);
    } catch (e) {
      if (!done && closeOnRejection) iteratorCloseOnError(syncRecord);
      return PromiseReject(e);
    }
    const onRejected = done || !closeOnRejection ? undefined : (error) => {
      iteratorCloseOnError(syncRecord);
      throw error;
    };
    return PromisePrototypeThen(valueWrapper, (v) => ({ value: v, done }), onRejected);
  }
  const PromiseReject = (e) => ReflectApply(PromiseCtor.reject, PromiseCtor, [e]);
  function createAsyncFromSyncIterator(syncRecord) {
    return {
      next() {
        let result;
        try {
          result = ReflectApply(syncRecord.next, syncRecord.iterator, []);
          if (!isObject(result)) throwTypeError(`Iterator result ${describe(result)} is not an object`);
        } catch (e) {
          return PromiseReject(e);
        }
        return asyncFromSyncContinuation(result, syncRecord, true);
      },
      return() {
        const iterator = syncRecord.iterator;
        let result;
        try {
          const ret = iterator.return;
          if (ret === undefined || ret === null) return PromiseResolve({ value: undefined, done: true });
          result = ReflectApply(ret, iterator, []);
          if (!isObject(result)) throwTypeError(`Iterator result ${describe(result)} is not an object`);
        } catch (e) {
          return PromiseReject(e);
        }
        return asyncFromSyncContinuation(result, syncRecord, false);
      },
    };
  }
  // The synchronous part of AsyncIteratorClose with a throw completion: { result } to await,
  // or undefined when there is no return method (or it threw).
  function asyncIteratorCloseBegin(record) {
    try {
      const iterator = record.iterator;
      const ret = iterator.return;
      if (ret === undefined || ret === null) return undefined;
      return { result: ReflectApply(ret, iterator, []) };
    } catch {
      return undefined;
    }
  }
  const fromAsync = {
    async fromAsync(asyncItems, mapfn = undefined, thisArg = undefined) {
      const C = this;
      let mapping;
      if (mapfn === undefined) {
        mapping = false;
      } else {
        if (!isCallable(mapfn)) throwTypeError(`${describe(mapfn)} is not a function`);
        mapping = true;
      }
      if (asyncItems === null || asyncItems === undefined) {
        throwTypeError(`Cannot read properties of ${asyncItems} (reading 'Symbol(Symbol.asyncIterator)')`);
      }
      const usingAsyncIterator = asyncItems[SymbolAsyncIterator];
      let usingSyncIterator;
      if (usingAsyncIterator === undefined || usingAsyncIterator === null) {
        usingSyncIterator = asyncItems[SymbolIterator];
      }
      let record;
      if (usingAsyncIterator !== undefined && usingAsyncIterator !== null) {
        if (!isCallable(usingAsyncIterator)) throwTypeError(`${callSite(usingAsyncIterator)} is not a function`);
        const iterator = ReflectApply(usingAsyncIterator, asyncItems, []);
        if (!isObject(iterator)) throwTypeError("Result of the Symbol.iterator method is not an object");
        record = getIteratorDirect(iterator);
      } else if (usingSyncIterator !== undefined && usingSyncIterator !== null) {
        if (!isCallable(usingSyncIterator)) throwTypeError(`${callSite(usingSyncIterator)} is not a function`);
        const iterator = ReflectApply(usingSyncIterator, asyncItems, []);
        if (!isObject(iterator)) throwTypeError("Result of the Symbol.iterator method is not an object");
        const syncRecord = getIteratorDirect(iterator);
        record = getIteratorDirect(createAsyncFromSyncIterator(syncRecord));
      }
      if (record !== undefined) {
        const A = isConstructor(C) ? new C() : [];
        // Deno's V8 closes the iterator (awaiting its return()) on any abrupt completion in
        // the loop, the rejection of next() included.
        for (let k = 0; ; k++) {
          try {
            if (k >= 9007199254740991) throwTypeError("Invalid array length");
            const nextMethod = record.next;
            if (!isCallable(nextMethod)) throwTypeError(`${callSite(nextMethod)} is not a function`);
            const nextResult = await ReflectApply(nextMethod, record.iterator, []);
            if (!isObject(nextResult)) throwTypeError("Iterator result Array.fromAsync is not an object");
            if (nextResult.done) {
              A.length = k;
              return A;
            }
            const nextValue = nextResult.value;
            const mappedValue = mapping ? await ReflectApply(mapfn, thisArg, [nextValue, k]) : nextValue;
            createDataProperty(A, k, mappedValue);
          } catch (e) {
            const closing = asyncIteratorCloseBegin(record);
            if (closing !== undefined) {
              try {
                await closing.result;
              } catch {
                // the original error wins
              }
            }
            throw e;
          }
        }
      }
      const arrayLike = ObjectCtor(asyncItems);
      const len = lengthOfArrayLike(arrayLike);
      const A = isConstructor(C) ? new C(len) : arrayCreate(len);
      for (let k = 0; k < len; k++) {
        const kValue = await arrayLike[k];
        const mappedValue = mapping ? await ReflectApply(mapfn, thisArg, [kValue, k]) : kValue;
        createDataProperty(A, k, mappedValue);
      }
      A.length = len;
      return A;
    },
  }.fromAsync;
  // A built-in, not an AsyncFunction object: it prints as [Function: fromAsync].
  ReflectSetPrototypeOf(fromAsync, FunctionPrototype);
  setFunctionLength(fromAsync, 1);
  install(ArrayCtor, { fromAsync });

  // ================================================================== groupBy
  function groupBy(items, callbackfn, property, name) {
    if (items === null || items === undefined) throwTypeError(`${name} called on null or undefined`);
    if (!isCallable(callbackfn)) throwTypeError(`${describe(callbackfn)} is not a function`);
    const groups = new MapCtor();
    const record = getIterator(items,
      (obj) => `${callSite(obj)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
    for (let k = 0; ; k++) {
      if (k >= 9007199254740991) {
        const error = makeError(TypeErrorCtor, "Invalid array length");
        iteratorCloseOnError(record);
        throw error;
      }
      const value = iteratorStepValue(record);
      if (value === DONE) break;
      let key;
      try {
        key = ReflectApply(callbackfn, undefined, [value, k]);
        key = property ? toPropertyKey(key) : sameValueZeroCanonical(key);
      } catch (e) {
        iteratorCloseOnError(record);
        throw e;
      }
      const group = MapPrototypeGet(groups, key);
      if (group === undefined) MapPrototypeSet(groups, key, [value]);
      else push(group, value);
    }
    return groups;
  }
  install(ObjectCtor, {
    groupBy(items, callbackfn) {
      const groups = groupBy(items, callbackfn, true, "Object.groupBy");
      const obj = ObjectCreate(null);
      const it = MapPrototypeEntries(groups);
      for (let r = MapIteratorNext(it); !r.done; r = MapIteratorNext(it)) createDataProperty(obj, r.value[0], r.value[1]);
      return obj;
    },
  });
  install(MapCtor, {
    groupBy(items, callbackfn) {
      const groups = groupBy(items, callbackfn, false, "Map.groupBy");
      const map = new MapCtor();
      const it = MapPrototypeEntries(groups);
      for (let r = MapIteratorNext(it); !r.done; r = MapIteratorNext(it)) MapPrototypeSet(map, r.value[0], r.value[1]);
      return map;
    },
  });

  // ================================================================== Promise
  // NewPromiseCapability(C).
  function newPromiseCapability(C) {
    if (!isConstructor(C)) throwTypeError(`${describe(C)} is not a constructor`);
    const capability = { promise: undefined, resolve: undefined, reject: undefined };
    capability.promise = new C((resolve, reject) => {
      if (capability.resolve !== undefined || capability.reject !== undefined) {
        throwTypeError("Promise executor has already been invoked with non-undefined arguments");
      }
      capability.resolve = resolve;
      capability.reject = reject;
    });
    if (!isCallable(capability.resolve) || !isCallable(capability.reject)) {
      throwTypeError("Promise resolve or reject function is not callable");
    }
    return capability;
  }
  install(PromiseCtor, {
    try(callbackfn, ...args) {
      const C = this;
      if (!isObject(C)) throwTypeError("Promise.try called on non-object");
      const capability = newPromiseCapability(C);
      let value;
      try {
        if (!isCallable(callbackfn)) throwTypeError(`${callSite(callbackfn)} is not a function`);
        value = ReflectApply(callbackfn, undefined, args);
      } catch (e) {
        ReflectApply(capability.reject, undefined, [e]);
        return capability.promise;
      }
      ReflectApply(capability.resolve, undefined, [value]);
      return capability.promise;
    },
    withResolvers() {
      const C = this;
      if (!isObject(C)) throwTypeError("Promise.withResolvers called on non-object");
      const capability = newPromiseCapability(C);
      return { promise: capability.promise, resolve: capability.resolve, reject: capability.reject };
    },
  });

  // ================================================================== Set methods
  function requireSet(O, method) {
    if (!isSet(O)) throwTypeError(`Method Set.prototype.${method} called on incompatible receiver ${describe(O)}`);
  }
  function getSetRecord(obj, method) {
    if (!isObject(obj)) throwTypeError(`Set.prototype.${method} argument must be an object`);
    const rawSize = obj.size;
    const numSize = +rawSize;
    if (numSize !== numSize) throwTypeError("The .size property is NaN");
    const intSize = toIntegerOrInfinity(numSize);
    if (intSize < 0) throwRangeError(`'${intSize}' is an invalid size`);
    const has = obj.has;
    if (!isCallable(has)) throwTypeError(`${callSite("has")} is not a function`);
    const keys = obj.keys;
    if (!isCallable(keys)) throwTypeError(`${callSite("keys")} is not a function`);
    return { set: obj, size: intSize, has, keys };
  }
  function getKeysIterator(record) {
    const iterator = ReflectApply(record.keys, record.set, []);
    if (!isObject(iterator)) throwTypeError("Result of the keys method is not an object");
    return getIteratorDirect(iterator);
  }
  function copySet(O) {
    const result = new SetCtor();
    const it = SetPrototypeValues(O);
    for (let r = SetIteratorNext(it); !r.done; r = SetIteratorNext(it)) SetPrototypeAdd(result, r.value);
    return result;
  }
  function setSnapshot(O) {
    const list = [];
    const it = SetPrototypeValues(O);
    for (let r = SetIteratorNext(it); !r.done; r = SetIteratorNext(it)) push(list, r.value);
    return list;
  }
  const otherHas = (record, e) => !!ReflectApply(record.has, record.set, [e]);
  install(SetPrototype, {
    union(other) {
      requireSet(this, "union");
      const record = getSetRecord(other, "union");
      const keys = getKeysIterator(record);
      const result = copySet(this);
      for (;;) {
        const next = iteratorStepValue(keys);
        if (next === DONE) break;
        SetPrototypeAdd(result, sameValueZeroCanonical(next));
      }
      return result;
    },
    intersection(other) {
      requireSet(this, "intersection");
      const record = getSetRecord(other, "intersection");
      const result = new SetCtor();
      if (SetPrototypeGetSize(this) <= record.size) {
        // Live iteration: elements added by `has` are visited, deleted ones skipped.
        const it = SetPrototypeValues(this);
        for (let r = SetIteratorNext(it); !r.done; r = SetIteratorNext(it)) {
          const e = r.value;
          if (otherHas(record, e)) SetPrototypeAdd(result, e);
        }
      } else {
        const keys = getKeysIterator(record);
        for (;;) {
          const next = iteratorStepValue(keys);
          if (next === DONE) break;
          const e = sameValueZeroCanonical(next);
          if (SetPrototypeHas(this, e)) SetPrototypeAdd(result, e);
        }
      }
      return result;
    },
    difference(other) {
      requireSet(this, "difference");
      const record = getSetRecord(other, "difference");
      const result = copySet(this);
      if (SetPrototypeGetSize(this) <= record.size) {
        const elements = setSnapshot(this);
        for (let i = 0; i < elements.length; i++) {
          const e = elements[i];
          if (otherHas(record, e)) SetPrototypeDelete(result, e);
        }
      } else {
        const keys = getKeysIterator(record);
        for (;;) {
          const next = iteratorStepValue(keys);
          if (next === DONE) break;
          SetPrototypeDelete(result, sameValueZeroCanonical(next));
        }
      }
      return result;
    },
    symmetricDifference(other) {
      requireSet(this, "symmetricDifference");
      const record = getSetRecord(other, "symmetricDifference");
      const keys = getKeysIterator(record);
      const result = copySet(this);
      for (;;) {
        const next = iteratorStepValue(keys);
        if (next === DONE) break;
        const e = sameValueZeroCanonical(next);
        const alreadyInResult = SetPrototypeHas(result, e);
        if (SetPrototypeHas(this, e)) {
          if (alreadyInResult) SetPrototypeDelete(result, e);
        } else if (!alreadyInResult) {
          SetPrototypeAdd(result, e);
        }
      }
      return result;
    },
    isSubsetOf(other) {
      requireSet(this, "isSubsetOf");
      const record = getSetRecord(other, "isSubsetOf");
      if (SetPrototypeGetSize(this) > record.size) return false;
      const it = SetPrototypeValues(this);
      for (let r = SetIteratorNext(it); !r.done; r = SetIteratorNext(it)) {
        if (!otherHas(record, r.value)) return false;
      }
      return true;
    },
    isSupersetOf(other) {
      requireSet(this, "isSupersetOf");
      const record = getSetRecord(other, "isSupersetOf");
      if (SetPrototypeGetSize(this) < record.size) return false;
      const keys = getKeysIterator(record);
      for (;;) {
        const next = iteratorStepValue(keys);
        if (next === DONE) return true;
        if (!SetPrototypeHas(this, next)) {
          iteratorClose(keys);
          return false;
        }
      }
    },
    isDisjointFrom(other) {
      requireSet(this, "isDisjointFrom");
      const record = getSetRecord(other, "isDisjointFrom");
      if (SetPrototypeGetSize(this) <= record.size) {
        const it = SetPrototypeValues(this);
        for (let r = SetIteratorNext(it); !r.done; r = SetIteratorNext(it)) {
          if (otherHas(record, r.value)) return false;
        }
      } else {
        const keys = getKeysIterator(record);
        for (;;) {
          const next = iteratorStepValue(keys);
          if (next === DONE) break;
          if (SetPrototypeHas(this, next)) {
            iteratorClose(keys);
            return false;
          }
        }
      }
      return true;
    },
  });

  // ================================================================== Map / WeakMap upsert
  function canBeHeldWeakly(v) {
    return isObject(v) || (typeof v === "symbol" && SymbolKeyFor(v) === undefined);
  }
  install(MapPrototype, {
    getOrInsert(key, value) {
      if (!isMap(this)) throwTypeError(`Method Map.prototype.getOrInsert called on incompatible receiver ${describe(this)}`);
      key = sameValueZeroCanonical(key);
      if (MapPrototypeHas(this, key)) return MapPrototypeGet(this, key);
      MapPrototypeSet(this, key, value);
      return value;
    },
    getOrInsertComputed(key, callbackfn) {
      if (!isMap(this)) {
        throwTypeError(`Method Map.prototype.getOrInsertComputed called on incompatible receiver ${describe(this)}`);
      }
      if (!isCallable(callbackfn)) throwTypeError("Map.prototype.getOrInsertComputed is not a function");
      key = sameValueZeroCanonical(key);
      if (MapPrototypeHas(this, key)) return MapPrototypeGet(this, key);
      const value = ReflectApply(callbackfn, undefined, [key]);
      MapPrototypeSet(this, key, value);
      return value;
    },
  });
  install(WeakMapPrototype, {
    getOrInsert(key, value) {
      if (!isWeakMap(this)) {
        throwTypeError(`Method WeakMap.prototype.getOrInsert called on incompatible receiver ${describe(this)}`);
      }
      if (!canBeHeldWeakly(key)) throwTypeError("Invalid value used as weak map key");
      if (WeakMapPrototypeHas(this, key)) return WeakMapPrototypeGet(this, key);
      WeakMapPrototypeSet(this, key, value);
      return value;
    },
    getOrInsertComputed(key, callbackfn) {
      if (!isWeakMap(this)) {
        throwTypeError(`Method WeakMap.prototype.getOrInsertComputed called on incompatible receiver ${describe(this)}`);
      }
      if (!isCallable(callbackfn)) throwTypeError("WeakMap.prototype.getOrInsertComputed is not a function");
      if (!canBeHeldWeakly(key)) throwTypeError("Invalid value used as weak map key");
      if (WeakMapPrototypeHas(this, key)) return WeakMapPrototypeGet(this, key);
      const value = ReflectApply(callbackfn, undefined, [key]);
      WeakMapPrototypeSet(this, key, value);
      return value;
    },
  });

  // ================================================================== String
  // The index of the first lone surrogate of S, or -1.
  function firstLoneSurrogate(S, from) {
    for (let i = from; i < S.length; i++) {
      const c = StringPrototypeCharCodeAt(S, i);
      if (c < 0xd800 || c > 0xdfff) continue;
      if (c <= 0xdbff && i + 1 < S.length) {
        const d = StringPrototypeCharCodeAt(S, i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
      }
      return i;
    }
    return -1;
  }
  // String.prototype.repeat: V8 15 names the bad count in its RangeError ("Invalid count
  // value: -1"); V8 10.2 does not.
  {
    const nativeRepeat = StringCtor.prototype.repeat;
    install(StringCtor.prototype, {
      repeat(count) {
        try {
          return ReflectApply(nativeRepeat, this, [count]);
        } catch (e) {
          if (e instanceof RangeErrorCtor && e.message === "Invalid count value") {
            throwRangeError(`Invalid count value: ${toStringSafe(count === undefined ? 0 : +count)}`);
          }
          throw e;
        }
      },
    }, { replace: true });
  }
  install(StringCtor.prototype, {
    isWellFormed() {
      if (this === null || this === undefined) throwTypeError("String.prototype.isWellFormed called on null or undefined");
      const S = toStringSafe(this);
      return firstLoneSurrogate(S, 0) === -1;
    },
    toWellFormed() {
      if (this === null || this === undefined) throwTypeError("String.prototype.toWellFormed called on null or undefined");
      const S = toStringSafe(this);
      let i = firstLoneSurrogate(S, 0);
      if (i === -1) return S;
      let result = "";
      let start = 0;
      while (i !== -1) {
        result += StringPrototypeSlice(S, start, i) + "\uFFFD";
        start = i + 1;
        i = firstLoneSurrogate(S, start);
      }
      return result + StringPrototypeSlice(S, start);
    },
  });

  // ================================================================== Error.isError
  install(ErrorCtor, {
    isError(arg) {
      return isNativeError(arg);
    },
  });

  // ================================================================== Iterator
  // IteratorStep: true, or DONE; the result's value is not read.
  function iteratorStep(record) {
    let result;
    try {
      const next = record.next;
      if (!isCallable(next)) throwTypeError(`${callSite(next)} is not a function`);
      result = ReflectApply(next, record.iterator, []);
      if (!isObject(result)) throwTypeError(`Iterator result ${describe(result)} is not an object`);
      if (result.done) {
        record.done = true;
        return DONE;
      }
      return true;
    } catch (e) {
      record.done = true;
      throw e;
    }
  }
  const RETURN_NOT_OBJECT = "return called on non-object";
  function getIteratorFlattenable(obj, allowStrings, nonObjectMessage) {
    if (!isObject(obj) && !(allowStrings && typeof obj === "string")) throwTypeError(nonObjectMessage);
    const method = obj[SymbolIterator];
    let iterator;
    if (method === undefined || method === null) {
      iterator = obj;
    } else {
      if (!isCallable(method)) {
        throwTypeError(`'${describe(method)}' returned for property 'Symbol(Symbol.iterator)' of object '${describe(obj)}' is not a function`);
      }
      iterator = ReflectApply(method, obj, []);
    }
    if (!isObject(iterator)) throwTypeError(`${describe(obj)} is not iterable`);
    return getIteratorDirect(iterator);
  }

  // %Iterator%: an abstract class, its prototype the %IteratorPrototype% every built-in
  // iterator already inherits from.
  const IteratorCtor = function Iterator() {
    if (new.target === undefined) throwTypeError("Constructor Iterator requires 'new'");
    if (new.target === IteratorCtor) throwTypeError("Abstract class Iterator not directly constructable");
  };
  setupConstructor(IteratorCtor, IteratorPrototype, 0);

  // Generator-like objects for the helpers: states of GeneratorState.
  const SUSPENDED_START = 0;
  const SUSPENDED_YIELD = 1;
  const EXECUTING = 2;
  const COMPLETED = 3;
  const helperStates = new WeakMapCtor();
  const IteratorHelperPrototype = ObjectCreate(IteratorPrototype);
  install(IteratorHelperPrototype, {
    next() {
      const st = WeakMapPrototypeGet(helperStates, this);
      if (st === undefined) {
        throwTypeError(`Method Iterator Helper.prototype.next called on incompatible receiver ${describe(this)}`);
      }
      if (st.state === EXECUTING) throwTypeError("Generator is already running");
      if (st.state === COMPLETED) return { value: undefined, done: true };
      st.state = EXECUTING;
      let value;
      try {
        value = st.step();
      } catch (e) {
        st.state = COMPLETED;
        throw e;
      }
      if (value === DONE) {
        st.state = COMPLETED;
        return { value: undefined, done: true };
      }
      st.state = SUSPENDED_YIELD;
      return { value, done: false };
    },
    return() {
      const st = WeakMapPrototypeGet(helperStates, this);
      if (st === undefined) {
        throwTypeError(`Method Iterator Helper.prototype.return called on incompatible receiver ${describe(this)}`);
      }
      if (st.state === EXECUTING) throwTypeError("Generator is already running");
      if (st.state === SUSPENDED_START) {
        st.state = COMPLETED;
        if (st.underlying !== null) iteratorClose(st.underlying, RETURN_NOT_OBJECT);
        return { value: undefined, done: true };
      }
      if (st.state === COMPLETED) return { value: undefined, done: true };
      st.state = EXECUTING;
      try {
        st.returnAbrupt();
      } finally {
        st.state = COMPLETED;
      }
      return { value: undefined, done: true };
    },
  });
  ReflectDefineProperty(IteratorHelperPrototype, SymbolToStringTag, {
    value: "Iterator Helper", writable: false, enumerable: false, configurable: true,
  });
  function createHelper(underlying, step, returnAbrupt) {
    const helper = ObjectCreate(IteratorHelperPrototype);
    WeakMapPrototypeSet(helperStates, helper, { state: SUSPENDED_START, underlying, step, returnAbrupt });
    return helper;
  }

  // %WrapForValidIteratorPrototype%, for Iterator.from.
  const wrappedIterators = new WeakMapCtor();
  const WrapForValidIteratorPrototype = ObjectCreate(IteratorPrototype);
  install(WrapForValidIteratorPrototype, {
    next() {
      const record = WeakMapPrototypeGet(wrappedIterators, this);
      if (record === undefined) {
        throwTypeError(`Method %WrapForValidIteratorPrototype%.next called on incompatible receiver ${describe(this)}`);
      }
      if (!isCallable(record.next)) throwTypeError(`${callSite(record.next)} is not a function`);
      return ReflectApply(record.next, record.iterator, []);
    },
    return() {
      const record = WeakMapPrototypeGet(wrappedIterators, this);
      if (record === undefined) {
        throwTypeError(`Method %WrapForValidIteratorPrototype%.return called on incompatible receiver ${describe(this)}`);
      }
      const iterator = record.iterator;
      const ret = iterator.return;
      if (ret === undefined || ret === null) return { value: undefined, done: true };
      if (!isCallable(ret)) throwTypeError(`${callSite(ret)} is not a function`);
      return ReflectApply(ret, iterator, []);
    },
  });

  install(IteratorCtor, {
    from(O) {
      const record = getIteratorFlattenable(O, true, "Iterator.from called on non-object");
      if (ObjectPrototypeIsPrototypeOf(IteratorPrototype, record.iterator)) return record.iterator;
      const wrapper = ObjectCreate(WrapForValidIteratorPrototype);
      WeakMapPrototypeSet(wrappedIterators, wrapper, record);
      return wrapper;
    },
    concat(...items) {
      const iterables = [];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!isObject(item)) throwTypeError("Iterator.concat called on non-object");
        const method = item[SymbolIterator];
        if (method === undefined || method === null) throwTypeError(`${describe(item)} is not iterable`);
        if (!isCallable(method)) {
          throwTypeError(`'${describe(method)}' returned for property 'Symbol(Symbol.iterator)' of object '${describe(item)}' is not a function`);
        }
        push(iterables, { method, item });
      }
      let index = 0;
      let current = null;
      return createHelper(null, () => {
        for (;;) {
          if (current === null) {
            if (index >= iterables.length) return DONE;
            const entry = iterables[index++];
            const iterator = ReflectApply(entry.method, entry.item, []);
            if (!isObject(iterator)) throwTypeError(`${describe(iterator)} is not iterable`);
            current = getIteratorDirect(iterator);
          }
          const value = iteratorStepValue(current);
          if (value !== DONE) return value;
          current = null;
        }
      }, () => {
        if (current !== null) iteratorClose(current, RETURN_NOT_OBJECT);
      });
    },
  });

  function requireIteratorThis(O, method) {
    if (!isObject(O)) throwTypeError(`Iterator.prototype.${method} called on non-object`);
  }
  // An argument check that fails closes the receiver first (IteratorClose with a throw).
  function failAndClose(O, error) {
    iteratorCloseOnError({ iterator: O });
    throw error;
  }
  function requireCallableArgument(O, fn, message) {
    if (!isCallable(fn)) failAndClose(O, makeError(TypeErrorCtor, message === undefined ? `${callSite(fn)} is not a function` : message));
  }
  function toLimit(O, limit) {
    let numLimit;
    try {
      numLimit = +limit;
    } catch (e) {
      failAndClose(O, e);
    }
    if (numLimit !== numLimit) failAndClose(O, makeError(RangeErrorCtor, `${describe(limit)} must be positive`));
    const integerLimit = toIntegerOrInfinity(numLimit);
    if (integerLimit < 0) failAndClose(O, makeError(RangeErrorCtor, `${describe(limit)} must be positive`));
    return integerLimit;
  }
  const closeUnderlying = (iterated) => () => iteratorClose(iterated, RETURN_NOT_OBJECT);
  // Iterator.prototype.constructor / [@@toStringTag]: accessors whose setter ignores the
  // prototype itself (SetterThatIgnoresPrototypeProperties).
  function setterIgnoringPrototype(thisValue, key, value, label) {
    if (!isObject(thisValue)) throwTypeError(`set ${label} called on non-object`);
    if (thisValue === IteratorPrototype) {
      throwTypeError(`Cannot assign to read only property '${describe(key)}' of object '[object Object]'`);
    }
    if (ReflectGetOwnPropertyDescriptor(thisValue, key) === undefined) createDataProperty(thisValue, key, value);
    else thisValue[key] = value;
  }
  install(IteratorPrototype, {
    get constructor() {
      return IteratorCtor;
    },
    set constructor(value) {
      setterIgnoringPrototype(this, "constructor", value, "Iterator.prototype.constructor");
    },
    get [SymbolToStringTag]() {
      return "Iterator";
    },
    set [SymbolToStringTag](value) {
      setterIgnoringPrototype(this, SymbolToStringTag, value, "Iterator.prototype[Symbol.toStringTag]");
    },
  }, { replace: true });
  install(IteratorPrototype, {
    map(mapper) {
      const O = this;
      requireIteratorThis(O, "map");
      requireCallableArgument(O, mapper);
      const iterated = getIteratorDirect(O);
      let counter = 0;
      return createHelper(iterated, () => {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return DONE;
        try {
          return ReflectApply(mapper, undefined, [value, counter++]);
        } catch (e) {
          iteratorCloseOnError(iterated);
          throw e;
        }
      }, closeUnderlying(iterated));
    },
    filter(predicate) {
      const O = this;
      requireIteratorThis(O, "filter");
      requireCallableArgument(O, predicate);
      const iterated = getIteratorDirect(O);
      let counter = 0;
      return createHelper(iterated, () => {
        for (;;) {
          const value = iteratorStepValue(iterated);
          if (value === DONE) return DONE;
          let selected;
          try {
            selected = ReflectApply(predicate, undefined, [value, counter++]);
          } catch (e) {
            iteratorCloseOnError(iterated);
            throw e;
          }
          if (selected) return value;
        }
      }, closeUnderlying(iterated));
    },
    take(limit) {
      const O = this;
      requireIteratorThis(O, "take");
      let remaining = toLimit(O, limit);
      const iterated = getIteratorDirect(O);
      return createHelper(iterated, () => {
        if (remaining === 0) {
          iteratorClose(iterated, RETURN_NOT_OBJECT);
          return DONE;
        }
        if (remaining !== Infinity) remaining--;
        return iteratorStepValue(iterated);
      }, closeUnderlying(iterated));
    },
    drop(limit) {
      const O = this;
      requireIteratorThis(O, "drop");
      let remaining = toLimit(O, limit);
      const iterated = getIteratorDirect(O);
      return createHelper(iterated, () => {
        while (remaining > 0) {
          if (remaining !== Infinity) remaining--;
          if (iteratorStep(iterated) === DONE) return DONE;
        }
        return iteratorStepValue(iterated);
      }, closeUnderlying(iterated));
    },
    flatMap(mapper) {
      const O = this;
      requireIteratorThis(O, "flatMap");
      requireCallableArgument(O, mapper, "Iterator.prototype.flatMap is not a function");
      const iterated = getIteratorDirect(O);
      let counter = 0;
      let inner = null;
      return createHelper(iterated, () => {
        for (;;) {
          if (inner === null) {
            const value = iteratorStepValue(iterated);
            if (value === DONE) return DONE;
            try {
              const mapped = ReflectApply(mapper, undefined, [value, counter++]);
              inner = getIteratorFlattenable(mapped, false, "Iterator.prototype.flatMap called on non-object");
            } catch (e) {
              iteratorCloseOnError(iterated);
              throw e;
            }
          }
          let innerValue;
          try {
            innerValue = iteratorStepValue(inner);
          } catch (e) {
            iteratorCloseOnError(iterated);
            throw e;
          }
          if (innerValue !== DONE) return innerValue;
          inner = null;
        }
      }, () => {
        if (inner !== null) {
          try {
            iteratorClose(inner, RETURN_NOT_OBJECT);
          } catch (e) {
            iteratorCloseOnError(iterated);
            throw e;
          }
        }
        iteratorClose(iterated, RETURN_NOT_OBJECT);
      });
    },
    reduce(reducer, initialValue = undefined) {
      const O = this;
      requireIteratorThis(O, "reduce");
      requireCallableArgument(O, reducer);
      const iterated = getIteratorDirect(O);
      let accumulator;
      let counter;
      if (arguments.length < 2) {
        accumulator = iteratorStepValue(iterated);
        if (accumulator === DONE) throwTypeError("Reduce of a done iterator with no initial value");
        counter = 1;
      } else {
        accumulator = initialValue;
        counter = 0;
      }
      for (;;) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return accumulator;
        try {
          accumulator = ReflectApply(reducer, undefined, [accumulator, value, counter++]);
        } catch (e) {
          iteratorCloseOnError(iterated);
          throw e;
        }
      }
    },
    toArray() {
      const O = this;
      requireIteratorThis(O, "toArray");
      const iterated = getIteratorDirect(O);
      const items = [];
      for (;;) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return items;
        push(items, value);
      }
    },
    forEach(fn) {
      const O = this;
      requireIteratorThis(O, "forEach");
      requireCallableArgument(O, fn);
      const iterated = getIteratorDirect(O);
      for (let counter = 0; ; counter++) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return undefined;
        try {
          ReflectApply(fn, undefined, [value, counter]);
        } catch (e) {
          iteratorCloseOnError(iterated);
          throw e;
        }
      }
    },
    some(predicate) {
      const O = this;
      requireIteratorThis(O, "some");
      requireCallableArgument(O, predicate);
      const iterated = getIteratorDirect(O);
      for (let counter = 0; ; counter++) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return false;
        let result;
        try {
          result = ReflectApply(predicate, undefined, [value, counter]);
        } catch (e) {
          iteratorCloseOnError(iterated);
          throw e;
        }
        if (result) {
          iteratorClose(iterated, RETURN_NOT_OBJECT);
          return true;
        }
      }
    },
    every(predicate) {
      const O = this;
      requireIteratorThis(O, "every");
      requireCallableArgument(O, predicate);
      const iterated = getIteratorDirect(O);
      for (let counter = 0; ; counter++) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return true;
        let result;
        try {
          result = ReflectApply(predicate, undefined, [value, counter]);
        } catch (e) {
          iteratorCloseOnError(iterated);
          throw e;
        }
        if (!result) {
          iteratorClose(iterated, RETURN_NOT_OBJECT);
          return false;
        }
      }
    },
    find(predicate) {
      const O = this;
      requireIteratorThis(O, "find");
      requireCallableArgument(O, predicate);
      const iterated = getIteratorDirect(O);
      for (let counter = 0; ; counter++) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return undefined;
        let result;
        try {
          result = ReflectApply(predicate, undefined, [value, counter]);
        } catch (e) {
          iteratorCloseOnError(iterated);
          throw e;
        }
        if (result) {
          iteratorClose(iterated, RETURN_NOT_OBJECT);
          return value;
        }
      }
    },
  }, { order: ["reduce", "toArray", "forEach", "some", "every", "find", "map", "filter", "take", "drop", "flatMap"] });
  setFunctionLength(IteratorPrototype.reduce, 1);
  defineHidden(global, "Iterator", IteratorCtor);

  // ================================================================== RegExp
  const hex2 = (n) => (n < 16 ? "0" : "") + NumberPrototypeToString(n, 16);
  const hex4 = (n) => {
    const s = NumberPrototypeToString(n, 16);
    return "0000".slice(s.length) + s;
  };
  function isRegExpWhiteSpaceOrLineTerminator(c) {
    return c === 0x09 || c === 0x0b || c === 0x0c || c === 0x20 || c === 0xa0 || c === 0xfeff ||
      c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 ||
      c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
  }
  const syntaxCharacters = "^$\\.*+?()[]{}|/";
  const otherPunctuators = ",-=<>#&!%:;@~'`\"";
  const controlEscapes = { __proto__: null, 9: "t", 10: "n", 11: "v", 12: "f", 13: "r" };
  install(RegExpCtor, {
    escape(S) {
      if (typeof S !== "string") throwTypeError("input argument must be a string");
      let escaped = "";
      for (let i = 0; i < S.length; i++) {
        const cp = StringPrototypeCodePointAt(S, i);
        const ch = cp > 0xffff ? StringPrototypeSlice(S, i, i + 2) : StringPrototypeSlice(S, i, i + 1);
        if (cp > 0xffff) i++;
        if (escaped === "" && ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))) {
          escaped += `\\x${hex2(cp)}`;
        } else if (StringPrototypeIndexOf(syntaxCharacters, ch) !== -1) {
          escaped += `\\${ch}`;
        } else if (controlEscapes[cp] !== undefined) {
          escaped += `\\${controlEscapes[cp]}`;
        } else if ((cp < 0x80 && StringPrototypeIndexOf(otherPunctuators, ch) !== -1) ||
          isRegExpWhiteSpaceOrLineTerminator(cp) || (cp >= 0xd800 && cp <= 0xdfff)) {
          escaped += cp <= 0xff ? `\\x${hex2(cp)}` : `\\u${hex4(cp)}`;
        } else {
          escaped += ch;
        }
      }
      return escaped;
    },
  });
  // (No RegExp.prototype.unicodeSets getter: no RegExp here can have the `v` flag, and any
  // property added to %RegExp.prototype% takes V8 10.2's regexp built-ins off their fast paths
  // for good: String.prototype.replace / split / match became 10 to 30 times slower.)

  // ================================================================== Math
  const TWO_1023 = MathPow(2, 1023);
  // Math.sumPrecise: Shewchuk's exact partial sums, with sums beyond the double range counted
  // in units of 2^1024 so that intermediate overflow cancels exactly.
  function preciseSum(values) {
    const partials = [];
    let overflow = 0;
    for (let v = 0; v < values.length; v++) {
      let x = values[v];
      let used = 0;
      for (let j = 0; j < partials.length; j++) {
        let y = partials[j];
        if (MathAbs(x) < MathAbs(y)) {
          const t = x;
          x = y;
          y = t;
        }
        let hi = x + y;
        if (hi === Infinity || hi === -Infinity) {
          const sign = x > 0 ? 1 : -1;
          overflow += sign;
          x = x - sign * TWO_1023 - sign * TWO_1023;
          hi = x + y;
        }
        const lo = y - (hi - x);
        if (lo !== 0) partials[used++] = lo;
        x = hi;
      }
      partials.length = used;
      if (x !== 0) push(partials, x);
    }
    if (overflow !== 0) {
      const top = partials.length > 0 ? partials[partials.length - 1] : 0;
      if (overflow > 1 || overflow < -1 || top === 0 || (top > 0) === (overflow > 0)) {
        return overflow > 0 ? Infinity : -Infinity;
      }
      // One unit of 2^1024 against a top partial of the other sign: fold it in exactly.
      partials[partials.length - 1] = top + overflow * TWO_1023 + overflow * TWO_1023;
      // (the folded value is finite; re-normalise through the same summation)
      const again = [];
      for (let i = 0; i < partials.length; i++) push(again, partials[i]);
      return preciseSum(again);
    }
    // Round the partials to the nearest double, ties to even (as in fsum).
    let n = partials.length;
    if (n === 0) return 0;
    let hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
    return hi;
  }
  function f16Bits(n) {
    // Round a double to binary16 (ties to even); the result's bit pattern.
    let sign = 0;
    if (n < 0 || (n === 0 && 1 / n < 0)) {
      sign = 0x8000;
      n = -n;
    }
    if (n !== n) return 0x7e00;
    if (n === Infinity) return sign | 0x7c00;
    if (n === 0) return sign;
    if (n >= 65520) return sign | 0x7c00;
    let e;
    let quantum;
    if (n < 6.103515625e-5) {
      e = -15;
      quantum = 5.960464477539063e-8; // 2^-24
    } else {
      e = MathFloor(MathLog2(n));
      if (MathPow(2, e) > n) e--;
      else if (MathPow(2, e + 1) <= n) e++;
      quantum = MathPow(2, e - 10);
    }
    const scaled = n / quantum;
    let r = MathFloor(scaled);
    const diff = scaled - r;
    if (diff > 0.5 || (diff === 0.5 && r % 2 === 1)) r++;
    if (e === -15) {
      // subnormal (r may round up into the first normal: 1024 * 2^-24 = 2^-14)
      return sign | r;
    }
    if (r === 2048) {
      r = 1024;
      e++;
    }
    if (e > 15) return sign | 0x7c00;
    return sign | ((e + 15) << 10) | (r - 1024);
  }
  function f16FromBits(bits) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exp = (bits >> 10) & 0x1f;
    const frac = bits & 0x3ff;
    if (exp === 0x1f) return frac === 0 ? sign * Infinity : NaN;
    if (exp === 0) return sign * frac * 5.960464477539063e-8;
    return sign * (1024 + frac) * MathPow(2, exp - 25);
  }
  install(MathObject, {
    sumPrecise(items) {
      if (items === null || items === undefined) throwTypeError("Math.sumPrecise called on null or undefined");
      const record = getIterator(items, (obj) => `${describe(ObjectCtor(obj))} is not iterable`);
      let state = 0; // 0 minus-zero, 1 finite, 2 +inf, 3 -inf, 4 NaN
      const finite = [];
      let count = 0;
      for (;;) {
        const next = iteratorStepValue(record);
        if (next === DONE) break;
        count++;
        if (count >= 9007199254740992) {
          const error = makeError(RangeErrorCtor, "Too many values");
          iteratorCloseOnError(record);
          throw error;
        }
        if (typeof next !== "number") {
          const error = makeError(TypeErrorCtor, `Type of 'Iterator value' must be 'number', found '${next === null ? "object" : typeof next}'`);
          iteratorCloseOnError(record);
          throw error;
        }
        if (state === 4) continue;
        if (next !== next) {
          state = 4;
        } else if (next === Infinity) {
          state = state === 3 ? 4 : 2;
        } else if (next === -Infinity) {
          state = state === 2 ? 4 : 3;
        } else if (!(next === 0 && 1 / next < 0) && (state === 0 || state === 1)) {
          state = 1;
          push(finite, next);
        }
      }
      if (state === 4) return NaN;
      if (state === 2) return Infinity;
      if (state === 3) return -Infinity;
      if (state === 0) return -0;
      return preciseSum(finite);
    },
    f16round(x) {
      return f16FromBits(f16Bits(+x));
    },
  });

  // ================================================================== DataView float16
  function requireDataView(view, method) {
    if (!isDataView(view)) throwTypeError(`Method DataView.prototype.${method} called on incompatible receiver ${describe(view)}`);
  }
  function toViewIndex(requestIndex) {
    const index = toIntegerOrInfinity(requestIndex);
    if (index < 0 || index > 9007199254740991) throwRangeError("Offset is outside the bounds of the DataView");
    return index;
  }
  install(DataViewPrototype, {
    getFloat16(byteOffset, littleEndian = undefined) {
      requireDataView(this, "getFloat16");
      const index = toViewIndex(byteOffset);
      return f16FromBits(DataViewPrototypeGetUint16(this, index, !!littleEndian));
    },
    setFloat16(byteOffset, value, littleEndian = undefined) {
      requireDataView(this, "setFloat16");
      const index = toViewIndex(byteOffset);
      const bits = f16Bits(+value);
      DataViewPrototypeSetUint16(this, index, bits, !!littleEndian);
      return undefined;
    },
  });

  // ================================================================== Atomics.pause
  install(Atomics, {
    pause(N = undefined) {
      if (N !== undefined && !(typeof N === "number" && NumberIsInteger(N))) {
        throwTypeError("Atomics.pause argument must be undefined or an integer");
      }
      return undefined;
    },
  });
  setFunctionLength(Atomics.pause, 0);

  // ================================================================== ArrayBuffer transfer
  // V8 10.2 gives script no way to detach a buffer. A transferred buffer is remembered as
  // detached: byteLength reads 0, `detached` is true, slice/transfer refuse it, and typed
  // array methods defined here treat its views as out of bounds. (Element access through an
  // existing view still reaches the old memory, which is zeroed.)
  const detachedBuffers = new WeakSetCtor();
  const isDetachedBuffer = (buffer) => WeakSetPrototypeHas(detachedBuffers, buffer);
  function isDetachedView(view) {
    try {
      return isDetachedBuffer(TypedArrayPrototypeGetBuffer(view));
    } catch {
      return false;
    }
  }
  function detachBuffer(buffer) {
    const length = ArrayBufferPrototypeGetByteLengthNative(buffer);
    TypedArrayPrototypeFill(new Uint8ArrayCtor(buffer, 0, length), 0);
    WeakSetPrototypeAdd(detachedBuffers, buffer);
  }
  function copyBufferBytes(buffer, newLength) {
    const result = new ArrayBufferCtor(newLength);
    const count = MathMin(newLength, ArrayBufferPrototypeGetByteLengthNative(buffer));
    TypedArrayPrototypeSet(new Uint8ArrayCtor(result), new Uint8ArrayCtor(buffer, 0, count));
    return result;
  }
  function arrayBufferCopyAndDetach(O, newLength, method) {
    if (!isArrayBuffer(O)) {
      throwTypeError(`Method ArrayBuffer.prototype.${method} called on incompatible receiver ${describe(O)}`);
    }
    let newByteLength;
    if (newLength === undefined) {
      newByteLength = isDetachedBuffer(O) ? 0 : ArrayBufferPrototypeGetByteLengthNative(O);
    } else {
      newByteLength = toIntegerOrInfinity(newLength);
      if (newByteLength < 0) throwRangeError("Invalid array buffer length");
      if (newByteLength > 9007199254740991) throwRangeError(`ArrayBuffer.prototype.${method}: Invalid length parameter`);
    }
    if (isDetachedBuffer(O)) throwTypeError(`Cannot perform ArrayBuffer.prototype.${method} on a detached ArrayBuffer`);
    let result;
    try {
      result = copyBufferBytes(O, newByteLength);
    } catch {
      throwRangeError(`ArrayBuffer.prototype.${method}: Invalid length parameter`);
    }
    detachBuffer(O);
    return result;
  }
  install(ArrayBufferPrototype, {
    transfer(newLength = undefined) {
      return arrayBufferCopyAndDetach(this, newLength, "transfer");
    },
    transferToFixedLength(newLength = undefined) {
      return arrayBufferCopyAndDetach(this, newLength, "transferToFixedLength");
    },
    get detached() {
      if (!isArrayBuffer(this)) {
        throwTypeError(`Method get ArrayBuffer.prototype.detached called on incompatible receiver ${describe(this)}`);
      }
      return isDetachedBuffer(this);
    },
  });
  // V8 10.2 makes only fixed-length buffers, for which these are what the specification says.
  install(ArrayBufferPrototype, {
    get maxByteLength() {
      if (!isArrayBuffer(this)) {
        throwTypeError(`Method get ArrayBuffer.prototype.maxByteLength called on incompatible receiver ${describe(this)}`);
      }
      return isDetachedBuffer(this) ? 0 : ArrayBufferPrototypeGetByteLengthNative(this);
    },
    get resizable() {
      if (!isArrayBuffer(this)) {
        throwTypeError(`Method get ArrayBuffer.prototype.resizable called on incompatible receiver ${describe(this)}`);
      }
      return false;
    },
    resize(newLength) {
      throwTypeError(`Method ArrayBuffer.prototype.resize called on incompatible receiver ${describe(this)}`);
    },
  });
  if (SharedArrayBufferCtor !== undefined) {
    install(SharedArrayBufferCtor.prototype, {
      get growable() {
        if (!isSharedArrayBuffer(this)) {
          throwTypeError(`Method get SharedArrayBuffer.prototype.growable called on incompatible receiver ${describe(this)}`);
        }
        return false;
      },
      get maxByteLength() {
        if (!isSharedArrayBuffer(this)) {
          throwTypeError(`Method get SharedArrayBuffer.prototype.maxByteLength called on incompatible receiver ${describe(this)}`);
        }
        return SharedArrayBufferPrototypeGetByteLength(this);
      },
      grow(newLength) {
        throwTypeError(`Method SharedArrayBuffer.prototype.grow called on incompatible receiver ${describe(this)}`);
      },
    });
  }
  install(ArrayBufferPrototype, {
    get byteLength() {
      const length = ArrayBufferPrototypeGetByteLengthNative(this);
      return isDetachedBuffer(this) ? 0 : length;
    },
    slice(start, end) {
      if (isArrayBuffer(this) && isDetachedBuffer(this)) {
        throwTypeError("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
      }
      return ReflectApply(ArrayBufferPrototypeSliceNative, this, [start, end]);
    },
  }, { replace: true });

  // ================================================================== Uint8Array base64 / hex
  const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const base64Values = [];
  for (let i = 0; i < 128; i++) base64Values[i] = -1;
  for (let i = 0; i < 64; i++) base64Values[StringPrototypeCharCodeAt(BASE64, i)] = i;
  function validateUint8Array(O, method) {
    if (!isTypedArray(O)) {
      throwTypeError(`Method Uint8Array.prototype.${method} called on incompatible receiver ${describe(O)}`);
    }
    if (TypedArrayPrototypeGetTag(O) !== "Uint8Array") {
      throwTypeError(`Method Uint8Array.prototype.${method} called on incompatible receiver undefined`);
    }
  }
  function getOptionsObject(options) {
    if (options === undefined) return ObjectCreate(null);
    if (isObject(options)) return options;
    throwTypeError("invalid_argument");
  }
  function getAlphabet(opts) {
    const alphabet = opts.alphabet;
    if (alphabet === undefined) return "base64";
    if (alphabet !== "base64" && alphabet !== "base64url") throwTypeError(`invalid option ${describe(alphabet)}`);
    return alphabet;
  }
  function getLastChunkHandling(opts) {
    const value = opts.lastChunkHandling;
    if (value === undefined) return "loose";
    if (value !== "loose" && value !== "strict" && value !== "stop-before-partial") {
      throwTypeError(`invalid option ${describe(value)}`);
    }
    return value;
  }
  function uint8Bytes(O) {
    if (isDetachedView(O)) throwTypeError("Cannot perform Uint8Array.prototype.toBase64 on a detached ArrayBuffer");
    return O;
  }
  function encodeBase64(bytes, alphabet, omitPadding) {
    const table = alphabet === "base64url" ? BASE64URL : BASE64;
    const len = TypedArrayPrototypeGetLength(bytes);
    let out = "";
    let i = 0;
    for (; i + 2 < len; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + table[n & 63];
    }
    if (i + 1 === len) {
      const n = bytes[i] << 16;
      out += table[n >> 18] + table[(n >> 12) & 63] + (omitPadding ? "" : "==");
    } else if (i + 2 === len) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
      out += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + (omitPadding ? "" : "=");
    }
    return out;
  }
  const BASE64_BAD_CHAR = "Found a character that cannot be part of a valid base64 string.";
  const BASE64_SINGLE = "The base64 input terminates with a single character, excluding padding (=).";
  const BASE64_BITS = "The base64 input terminates with non-zero padding bits.";
  const isAsciiWhitespace = (c) => c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
  function skipAsciiWhitespace(s, index) {
    while (index < s.length && isAsciiWhitespace(StringPrototypeCharCodeAt(s, index))) index++;
    return index;
  }
  // DecodeBase64Chunk: chunk is a list of 2..4 sextets. Returns the bytes, or a message.
  function decodeBase64Chunk(chunk, bytes, throwOnExtraBits) {
    const n = chunk.length;
    const c2 = n > 2 ? chunk[2] : 0;
    const c3 = n > 3 ? chunk[3] : 0;
    const v = (chunk[0] << 18) | (chunk[1] << 12) | (c2 << 6) | c3;
    const b0 = v >> 16;
    const b1 = (v >> 8) & 255;
    const b2 = v & 255;
    if (n === 2) {
      if (throwOnExtraBits && b1 !== 0) return BASE64_BITS;
      push(bytes, b0);
    } else if (n === 3) {
      if (throwOnExtraBits && b2 !== 0) return BASE64_BITS;
      push(bytes, b0);
      push(bytes, b1);
    } else {
      push(bytes, b0);
      push(bytes, b1);
      push(bytes, b2);
    }
    return undefined;
  }
  // FromBase64: { read, bytes, error (a message or undefined) }.
  function fromBase64(string, alphabet, lastChunkHandling, maxLength = 9007199254740991) {
    const bytes = [];
    if (maxLength === 0) return { read: 0, bytes, error: undefined };
    let read = 0;
    let chunk = [];
    let index = 0;
    const length = string.length;
    const fail = (error) => ({ read, bytes, error });
    for (;;) {
      index = skipAsciiWhitespace(string, index);
      if (index === length) {
        if (chunk.length > 0) {
          if (lastChunkHandling === "stop-before-partial") return { read, bytes, error: undefined };
          if (lastChunkHandling === "loose") {
            if (chunk.length === 1) return fail(BASE64_SINGLE);
            decodeBase64Chunk(chunk, bytes, false);
          } else {
            return fail(BASE64_SINGLE);
          }
        }
        return { read: length, bytes, error: undefined };
      }
      let c = StringPrototypeCharCodeAt(string, index);
      index++;
      if (c === 0x3d) { // "="
        if (chunk.length === 0) return fail(BASE64_BAD_CHAR);
        if (chunk.length === 1) {
          return fail(skipAsciiWhitespace(string, index) === length ? BASE64_SINGLE : BASE64_BAD_CHAR);
        }
        index = skipAsciiWhitespace(string, index);
        if (chunk.length === 2) {
          if (index === length) {
            if (lastChunkHandling === "stop-before-partial") return { read, bytes, error: undefined };
            return fail(lastChunkHandling === "strict" ? BASE64_SINGLE : BASE64_BAD_CHAR);
          }
          if (StringPrototypeCharCodeAt(string, index) === 0x3d) index = skipAsciiWhitespace(string, index + 1);
        }
        if (index < length) return fail(BASE64_BAD_CHAR);
        const error = decodeBase64Chunk(chunk, bytes, lastChunkHandling === "strict");
        if (error !== undefined) return fail(error);
        return { read: length, bytes, error: undefined };
      }
      if (alphabet === "base64url") {
        if (c === 0x2b || c === 0x2f) return fail(BASE64_BAD_CHAR);
        if (c === 0x2d) c = 0x2b;
        else if (c === 0x5f) c = 0x2f;
      }
      const value = c < 128 ? base64Values[c] : -1;
      if (value < 0) return fail(BASE64_BAD_CHAR);
      const remaining = maxLength - bytes.length;
      if ((remaining === 1 && chunk.length === 2) || (remaining === 2 && chunk.length === 3)) {
        return { read, bytes, error: undefined };
      }
      push(chunk, value);
      if (chunk.length === 4) {
        decodeBase64Chunk(chunk, bytes, false);
        chunk = [];
        read = index;
        if (bytes.length === maxLength) return { read, bytes, error: undefined };
      }
    }
  }
  const HEX_ERROR = "Input string must contain hex characters in even length";
  function hexValue(c) {
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (c >= 0x41 && c <= 0x46) return c - 0x37;
    if (c >= 0x61 && c <= 0x66) return c - 0x57;
    return -1;
  }
  function fromHex(string, maxLength = 9007199254740991) {
    const length = string.length;
    const bytes = [];
    let read = 0;
    if (length % 2 !== 0) return { read, bytes, error: HEX_ERROR };
    while (read < length && bytes.length < maxLength) {
      const hi = hexValue(StringPrototypeCharCodeAt(string, read));
      const lo = hexValue(StringPrototypeCharCodeAt(string, read + 1));
      if (hi < 0 || lo < 0) return { read, bytes, error: HEX_ERROR };
      read += 2;
      push(bytes, (hi << 4) | lo);
    }
    return { read, bytes, error: undefined };
  }
  function writeBytes(into, bytes) {
    for (let i = 0; i < bytes.length; i++) into[i] = bytes[i];
  }
  install(Uint8ArrayCtor, {
    fromBase64(string, options = undefined) {
      if (typeof string !== "string") throwTypeError("input argument must be a string");
      const opts = getOptionsObject(options);
      const alphabet = getAlphabet(opts);
      const lastChunkHandling = getLastChunkHandling(opts);
      const result = fromBase64(string, alphabet, lastChunkHandling);
      if (result.error !== undefined) throw makeError(SyntaxErrorCtor, result.error);
      const ta = new Uint8ArrayCtor(result.bytes.length);
      writeBytes(ta, result.bytes);
      return ta;
    },
    fromHex(string) {
      if (typeof string !== "string") throwTypeError("input argument must be a string");
      const result = fromHex(string);
      if (result.error !== undefined) throw makeError(SyntaxErrorCtor, result.error);
      const ta = new Uint8ArrayCtor(result.bytes.length);
      writeBytes(ta, result.bytes);
      return ta;
    },
  });
  install(Uint8ArrayCtor.prototype, {
    toBase64(options = undefined) {
      validateUint8Array(this, "toBase64");
      const opts = getOptionsObject(options);
      const alphabet = getAlphabet(opts);
      const omitPadding = !!opts.omitPadding;
      return encodeBase64(uint8Bytes(this), alphabet, omitPadding);
    },
    toHex() {
      validateUint8Array(this, "toHex");
      const bytes = uint8Bytes(this);
      const len = TypedArrayPrototypeGetLength(bytes);
      let out = "";
      for (let i = 0; i < len; i++) out += hex2(bytes[i]);
      return out;
    },
    setFromBase64(string, options = undefined) {
      if (!isTypedArray(this)) throwTypeError("this is not a typed array.");
      validateUint8Array(this, "setFromBase64");
      if (typeof string !== "string") throwTypeError("input argument must be a string");
      const opts = getOptionsObject(options);
      const alphabet = getAlphabet(opts);
      const lastChunkHandling = getLastChunkHandling(opts);
      if (isDetachedView(this)) throwTypeError("Cannot perform Uint8Array.prototype.setFromBase64 on a detached ArrayBuffer");
      const result = fromBase64(string, alphabet, lastChunkHandling, TypedArrayPrototypeGetLength(this));
      writeBytes(this, result.bytes);
      if (result.error !== undefined) throw makeError(SyntaxErrorCtor, result.error);
      return { read: result.read, written: result.bytes.length };
    },
    setFromHex(string) {
      if (!isTypedArray(this)) throwTypeError("this is not a typed array.");
      validateUint8Array(this, "setFromHex");
      if (typeof string !== "string") throwTypeError("input argument must be a string");
      if (isDetachedView(this)) throwTypeError("Cannot perform Uint8Array.prototype.setFromHex on a detached ArrayBuffer");
      const result = fromHex(string, TypedArrayPrototypeGetLength(this));
      writeBytes(this, result.bytes);
      if (result.error !== undefined) throw makeError(SyntaxErrorCtor, result.error);
      return { read: result.read, written: result.bytes.length };
    },
  });

  // ================================================================== JSON.rawJSON
  const rawJSONObjects = new WeakSetCtor();
  let rawJSONCount = 0;
  // V8's JSON.parse error texts (Deno's V8), for the primitives JSON.rawJSON accepts.
  function jsonTokenError(source, pos) {
    if (source === "NaN" || source === "Infinity" || source === "undefined" || source === "[object Object]") {
      return `"${source}" is not valid JSON`;
    }
    const token = source[pos];
    if (source.length < 21) return `Unexpected token '${token}', "${source}" is not valid JSON`;
    if (pos < 10) return `Unexpected token '${token}', "${StringPrototypeSlice(source, 0, pos + 10)}"... is not valid JSON`;
    if (pos >= source.length - 10) return `Unexpected token '${token}', ..."${StringPrototypeSlice(source, pos - 10)}" is not valid JSON`;
    return `Unexpected token '${token}', ..."${StringPrototypeSlice(source, pos - 10, pos + 10)}"... is not valid JSON`;
  }
  // "(line L column C)" as V8 counts them: \n, \r\n and \r end a line.
  let jsonSource = "";
  function jsonAt(message, pos, source = jsonSource, where = " in JSON") {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < pos && i < source.length; i++) {
      const ch = source[i];
      if (ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[i + 1] === "\n") i++;
        line++;
        lineStart = i + 1;
      }
    }
    return `${message}${where} at position ${pos} (line ${line} column ${pos - lineStart + 1})`;
  }
  // Scans one JSON primitive at `pos`; returns its end, or throws SyntaxError.
  function scanJSONPrimitive(s, pos) {
    jsonSource = s;
    const fail = (message) => {
      throw makeError(SyntaxErrorCtor, message);
    };
    const c = s[pos];
    const isDigit = (ch) => ch >= "0" && ch <= "9";
    if (c === '"') {
      let i = pos + 1;
      for (;;) {
        if (i >= s.length) fail(jsonAt("Unterminated string", i));
        const ch = s[i];
        const code = StringPrototypeCharCodeAt(s, i);
        if (ch === '"') return i + 1;
        if (code < 0x20) fail(jsonAt("Bad control character in string literal", i));
        if (ch === "\\") {
          const e = s[i + 1];
          if (e === undefined) fail(jsonAt("Unterminated string", i + 1));
          if (e === "u") {
            for (let k = 2; k < 6; k++) {
              if (hexValue(StringPrototypeCharCodeAt(s, i + k)) < 0) fail(jsonAt("Bad Unicode escape", i + k));
            }
            i += 6;
            continue;
          }
          if (StringPrototypeIndexOf('"\\/bfnrt', e) === -1) fail(jsonAt("Bad escaped character", i + 1));
          i += 2;
          continue;
        }
        i++;
      }
    }
    if (c === "-" || isDigit(c)) {
      let i = pos;
      if (s[i] === "-") {
        i++;
        if (!isDigit(s[i])) fail(jsonAt("No number after minus sign", i));
      }
      if (s[i] === "0") {
        i++;
        if (isDigit(s[i])) fail(jsonAt("Unexpected number", i));
      } else {
        while (isDigit(s[i])) i++;
      }
      if (s[i] === ".") {
        i++;
        if (!isDigit(s[i])) fail(jsonAt("Unterminated fractional number", i));
        while (isDigit(s[i])) i++;
      }
      if (s[i] === "e" || s[i] === "E") {
        i++;
        if (s[i] === "+" || s[i] === "-") i++;
        if (!isDigit(s[i])) fail(jsonAt("Exponent part is missing a number", i));
        while (isDigit(s[i])) i++;
      }
      return i;
    }
    for (const word of ["true", "false", "null"]) {
      if (c === word[0]) {
        for (let k = 1; k < word.length; k++) {
          if (pos + k >= s.length) fail("Unexpected end of JSON input");
          if (s[pos + k] !== word[k]) fail(jsonTokenError(s, pos + k));
        }
        return pos + word.length;
      }
    }
    if (c === undefined) fail("Unexpected end of JSON input");
    fail(jsonTokenError(s, pos));
  }
  // The message Deno's V8 gives for a text JSON.parse rejects: V8 10.2's own texts are older
  // ("Unexpected token } in JSON at position 7"), so the text is scanned again, as V8 15's
  // JsonParser does, to find the first error and name it the same way. Returns undefined if
  // the text is valid JSON.
  function jsonParseErrorMessage(s) {
    jsonSource = s;
    const isWs = (ch) => ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
    let i = 0;
    const ws = () => {
      while (i < s.length && isWs(s[i])) i++;
    };
    const fail = (message) => {
      throw { jsonMessage: message };
    };
    // A token where none of its kind may stand, with no more specific message.
    const unexpected = (pos) => {
      if (pos >= s.length) return "Unexpected end of JSON input";
      const c = s[pos];
      if (c === '"') return jsonAt("Unexpected string", pos);
      if (c === "-" || (c >= "0" && c <= "9")) return jsonAt("Unexpected number", pos);
      return jsonTokenError(s, pos);
    };
    const expect = (ch, message) => {
      ws();
      if (s[i] !== ch) fail(jsonAt(message, i));
      i++;
    };
    const primitive = () => {
      try {
        i = scanJSONPrimitive(s, i);
      } catch (e) {
        fail(e.message);
      }
    };
    const value = () => {
      ws();
      const c = s[i];
      if (c === "{") {
        i++;
        ws();
        if (s[i] === "}") {
          i++;
          return;
        }
        let first = true;
        for (;;) {
          ws();
          if (s[i] !== '"') {
            fail(jsonAt(first ? "Expected property name or '}'" : "Expected double-quoted property name", i));
          }
          primitive();
          expect(":", "Expected ':' after property name");
          value();
          ws();
          if (s[i] === ",") {
            i++;
            first = false;
            continue;
          }
          expect("}", "Expected ',' or '}' after property value");
          return;
        }
      }
      if (c === "[") {
        i++;
        ws();
        if (s[i] === "]") {
          i++;
          return;
        }
        for (;;) {
          value();
          ws();
          if (s[i] === ",") {
            i++;
            continue;
          }
          expect("]", "Expected ',' or ']' after array element");
          return;
        }
      }
      if (c === '"' || c === "-" || (c >= "0" && c <= "9") || c === "t" || c === "f" || c === "n") {
        primitive();
        return;
      }
      fail(unexpected(i));
    };
    try {
      value();
      ws();
      if (i < s.length) fail(jsonAt("Unexpected non-whitespace character after JSON", i, s, ""));
    } catch (e) {
      if (e !== null && typeof e === "object" && "jsonMessage" in e) return e.jsonMessage;
      throw e;
    }
    return undefined;
  }
  // JSON.parse without a reviver, with Deno's error messages.
  function parseJSON(text) {
    try {
      return JSONParse(text);
    } catch (e) {
      if (!(e instanceof SyntaxErrorCtor)) throw e;
      let message;
      try {
        message = jsonParseErrorMessage(toStringSafe(text));
      } catch {
        throw e;
      }
      if (message === undefined || message === e.message) throw e;
      throw makeError(SyntaxErrorCtor, message);
    }
  }

  install(JSONObject, {
    rawJSON(text) {
      const jsonString = toStringSafe(text);
      if (jsonString === "") throw makeError(SyntaxErrorCtor, "Invalid value for JSON.rawJSON");
      const last = StringPrototypeCharCodeAt(jsonString, jsonString.length - 1);
      if (last === 0x09 || last === 0x0a || last === 0x0d || last === 0x20) {
        const first = StringPrototypeCharCodeAt(jsonString, 0);
        if (!(first === 0x09 || first === 0x0a || first === 0x0d || first === 0x20)) {
          throw makeError(SyntaxErrorCtor, "Invalid value for JSON.rawJSON");
        }
      }
      const end = scanJSONPrimitive(jsonString, 0);
      if (end !== jsonString.length) throw makeError(SyntaxErrorCtor, "Invalid value for JSON.rawJSON");
      const internalSlotsList = ObjectCreate(null);
      createDataProperty(internalSlotsList, "rawJSON", jsonString);
      ObjectFreeze(internalSlotsList);
      WeakSetPrototypeAdd(rawJSONObjects, internalSlotsList);
      rawJSONCount++;
      return internalSlotsList;
    },
    isRawJSON(O) {
      return isObject(O) && WeakSetPrototypeHas(rawJSONObjects, O);
    },
  });

  // JSON.stringify writes a raw JSON object's text as it is. The native serializer does the
  // work; raw JSON objects pass through it as unique marker strings, replaced afterwards.
  let stringifyNonce = 0;
  install(JSONObject, {
    stringify(value, replacer, space) {
      if (rawJSONCount === 0 || (replacer !== undefined && replacer !== null && !isCallable(replacer) && ArrayIsArray(replacer))) {
        return ReflectApply(JSONStringify, JSONObject, arguments);
      }
      const raws = [];
      const tag = `\u0000rawJSON${++stringifyNonce}:`;
      const userReplacer = isCallable(replacer) ? replacer : undefined;
      const wrapped = function (key, v) {
        if (userReplacer !== undefined) v = ReflectApply(userReplacer, this, [key, v]);
        if (isObject(v) && WeakSetPrototypeHas(rawJSONObjects, v)) {
          push(raws, v.rawJSON);
          return `${tag}${raws.length - 1}`;
        }
        return v;
      };
      const text = ReflectApply(JSONStringify, JSONObject, [value, wrapped, space]);
      if (raws.length === 0 || text === undefined) return text;
      const marker = JSONStringify(tag);
      const prefix = StringPrototypeSlice(marker, 0, marker.length - 1);
      let out = "";
      let from = 0;
      for (;;) {
        const at = StringPrototypeIndexOf(text, prefix, from);
        if (at === -1) break;
        let end = at + prefix.length;
        let digits = "";
        while (text[end] >= "0" && text[end] <= "9") digits += text[end++];
        out += StringPrototypeSlice(text, from, at) + raws[+digits];
        from = end + 1; // the closing quote
      }
      return out + StringPrototypeSlice(text, from);
    },
  }, { replace: true });
  setFunctionLength(JSONObject.stringify, 3);

  // JSON.parse hands a reviver the source text of each primitive (context.source).
  // Scans a valid JSON text into a tree of { value, source, keys/items } nodes.
  function parseJSONSourceTree(s) {
    let i = 0;
    const ws = () => {
      while (i < s.length) {
        const c = s[i];
        if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
        else break;
      }
    };
    const parseValue = () => {
      ws();
      const c = s[i];
      if (c === "{") {
        i++;
        const entries = new MapCtor();
        ws();
        if (s[i] === "}") {
          i++;
          return { entries };
        }
        for (;;) {
          ws();
          const start = i;
          i = scanJSONPrimitive(s, i);
          const key = JSONParse(StringPrototypeSlice(s, start, i));
          ws();
          i++; // ":"
          MapPrototypeSet(entries, key, parseValue());
          ws();
          if (s[i++] === "}") return { entries };
        }
      }
      if (c === "[") {
        i++;
        const items = [];
        ws();
        if (s[i] === "]") {
          i++;
          return { items };
        }
        for (;;) {
          push(items, parseValue());
          ws();
          if (s[i++] === "]") return { items };
        }
      }
      const start = i;
      i = scanJSONPrimitive(s, i);
      const source = StringPrototypeSlice(s, start, i);
      return { source, value: JSONParse(source) };
    };
    return parseValue();
  }
  function internalize(holder, name, reviver, node) {
    const val = holder[name];
    const context = {};
    if (isObject(val)) {
      const isArray = ArrayIsArray(val);
      if (isArray) {
        const len = lengthOfArrayLike(val);
        for (let I = 0; I < len; I++) {
          const child = node !== undefined && node.items !== undefined && node.object === val ? node.items[I] : undefined;
          const newElement = internalize(val, `${I}`, reviver, child);
          if (newElement === undefined) ReflectDeleteProperty(val, `${I}`);
          else ReflectDefineProperty(val, `${I}`, { value: newElement, writable: true, enumerable: true, configurable: true });
        }
      } else {
        const keys = ObjectKeys(val);
        for (let k = 0; k < keys.length; k++) {
          const P = keys[k];
          const child = node !== undefined && node.entries !== undefined && node.object === val
            ? MapPrototypeGet(node.entries, P) : undefined;
          const newElement = internalize(val, P, reviver, child);
          if (newElement === undefined) ReflectDeleteProperty(val, P);
          else ReflectDefineProperty(val, P, { value: newElement, writable: true, enumerable: true, configurable: true });
        }
      }
    } else if (node !== undefined && node.source !== undefined && ObjectIs(val, node.value)) {
      createDataProperty(context, "source", node.source);
    }
    return ReflectApply(reviver, holder, [name, val, context]);
  }
  // Ties each object/array node to the object JSON.parse made for it.
  function bindJSONNodes(node, value) {
    if (node.entries !== undefined || node.items !== undefined) {
      node.object = value;
      if (node.items !== undefined) {
        for (let i = 0; i < node.items.length; i++) bindJSONNodes(node.items[i], value[i]);
      } else {
        const it = MapPrototypeEntries(node.entries);
        for (let r = MapIteratorNext(it); !r.done; r = MapIteratorNext(it)) bindJSONNodes(r.value[1], value[r.value[0]]);
      }
    }
  }
  install(JSONObject, {
    parse(text, reviver) {
      if (!isCallable(reviver)) return parseJSON(text);
      const jsonString = toStringSafe(text);
      const unfiltered = parseJSON(jsonString);
      const root = { "": unfiltered };
      const node = parseJSONSourceTree(jsonString);
      bindJSONNodes(node, unfiltered);
      return internalize(root, "", reviver, node);
    },
  }, { replace: true });

  // ================================================================== explicit resource management
  // (The `using` declarations themselves are syntax V8 10.2 cannot parse.)
  const wellKnownSymbol = (name) => {
    if (!ObjectPrototypeHasOwnProperty(SymbolCtor, name)) {
      ReflectDefineProperty(SymbolCtor, name, {
        value: SymbolCtor(`Symbol.${name}`), writable: false, enumerable: false, configurable: false,
      });
    }
    return SymbolCtor[name];
  };
  const SymbolDispose = wellKnownSymbol("dispose");
  const SymbolAsyncDispose = wellKnownSymbol("asyncDispose");
  wellKnownSymbol("metadata");

  // SuppressedError(error, suppressed, message): a native-error subclass like AggregateError.
  const SuppressedErrorCtor = function SuppressedError(error, suppressed, message) {
    const newTarget = new.target === undefined ? SuppressedErrorCtor : new.target;
    const O = ReflectConstruct(ErrorCtor, message === undefined ? [] : [toStringSafe(message)], newTarget);
    ErrorCaptureStackTrace(O, SuppressedErrorCtor);
    ReflectDefineProperty(O, "error", { value: error, writable: true, enumerable: false, configurable: true });
    ReflectDefineProperty(O, "suppressed", { value: suppressed, writable: true, enumerable: false, configurable: true });
    return O;
  };
  {
    const proto = ObjectCreate(ErrorPrototype);
    setupConstructor(SuppressedErrorCtor, proto, 3);
    defineHidden(proto, "message", "");
    defineHidden(proto, "name", "SuppressedError");
    ReflectSetPrototypeOf(SuppressedErrorCtor, ErrorCtor);
    if (!ObjectPrototypeHasOwnProperty(global, "SuppressedError")) defineHidden(global, "SuppressedError", SuppressedErrorCtor);
  }
  function newSuppressedError(error, suppressed) {
    return withDeepStack(() => new SuppressedErrorCtor(error, suppressed, "An error was suppressed during disposal"));
  }

  const disposableStates = new WeakMapCtor();
  function disposableState(O, ctorName, method, prefix = "") {
    const st = WeakMapPrototypeGet(disposableStates, O);
    if (st === undefined || st.kind !== ctorName) {
      throwTypeError(`Method ${prefix}${ctorName}.prototype.${method} called on incompatible receiver ${describe(O)}`);
    }
    return st;
  }
  function requireNotDisposed(st, ctorName, method) {
    if (st.disposed) {
      throw makeError(ReferenceErrorCtor, `Cannot call ${ctorName}.prototype.${method} on an already-disposed DisposableStack`);
    }
  }
  // DisposeResources for the sync case.
  function disposeResources(resources) {
    let hasError = false;
    let error;
    for (let i = resources.length - 1; i >= 0; i--) {
      const resource = resources[i];
      if (resource.method === undefined) continue;
      try {
        ReflectApply(resource.method, resource.value, []);
      } catch (e) {
        error = hasError ? newSuppressedError(e, error) : e;
        hasError = true;
      }
    }
    if (hasError) throw error;
    return undefined;
  }
  // DisposeResources with awaits (AsyncDisposableStack).
  async function disposeResourcesAsync(resources) {
    let hasError = false;
    let error;
    let needsAwait = false;
    let hasAwaited = false;
    for (let i = resources.length - 1; i >= 0; i--) {
      const resource = resources[i];
      if (resource.method !== undefined) {
        let result;
        let threw = false;
        try {
          result = ReflectApply(resource.method, resource.value, []);
        } catch (e) {
          threw = true;
          error = hasError ? newSuppressedError(e, error) : e;
          hasError = true;
        }
        if (!threw) {
          try {
            await result;
          } catch (e) {
            error = hasError ? newSuppressedError(e, error) : e;
            hasError = true;
          }
          hasAwaited = true;
        }
      } else {
        needsAwait = true;
      }
    }
    if (needsAwait && !hasAwaited) await undefined;
    if (hasError) throw error;
    return undefined;
  }

  const DisposableStackCtor = function DisposableStack() {
    if (new.target === undefined) throwTypeError("Constructor DisposableStack requires 'new'");
    WeakMapPrototypeSet(disposableStates, this, { kind: "DisposableStack", disposed: false, resources: [] });
  };
  const DisposableStackPrototype = DisposableStackCtor.prototype;
  setupConstructor(DisposableStackCtor, DisposableStackPrototype, 0);
  install(DisposableStackPrototype, {
    get disposed() {
      return disposableState(this, "DisposableStack", "disposed", "get ").disposed;
    },
    dispose() {
      const st = disposableState(this, "DisposableStack", "dispose");
      if (st.disposed) return undefined;
      st.disposed = true;
      const resources = st.resources;
      st.resources = [];
      return disposeResources(resources);
    },
    use(value) {
      const st = disposableState(this, "DisposableStack", "use");
      requireNotDisposed(st, "DisposableStack", "use");
      if (value === null || value === undefined) return value;
      if (!isObject(value)) throwTypeError("An object is expected with `using` declarations");
      const method = value[SymbolDispose];
      if (!isCallable(method)) throwTypeError("Symbol(Symbol.dispose) is not a function");
      push(st.resources, { value, method });
      return value;
    },
    adopt(value, onDispose) {
      const st = disposableState(this, "DisposableStack", "adopt");
      requireNotDisposed(st, "DisposableStack", "adopt");
      if (!isCallable(onDispose)) throwTypeError(`${describe(onDispose)} is not a function`);
      push(st.resources, { value: undefined, method: () => ReflectApply(onDispose, undefined, [value]) });
      return value;
    },
    defer(onDispose) {
      const st = disposableState(this, "DisposableStack", "defer");
      requireNotDisposed(st, "DisposableStack", "defer");
      if (!isCallable(onDispose)) throwTypeError(`${describe(onDispose)} is not a function`);
      push(st.resources, { value: undefined, method: onDispose });
      return undefined;
    },
    move() {
      const st = disposableState(this, "DisposableStack", "move");
      requireNotDisposed(st, "DisposableStack", "move");
      const newStack = ObjectCreate(DisposableStackPrototype);
      WeakMapPrototypeSet(disposableStates, newStack, { kind: "DisposableStack", disposed: false, resources: st.resources });
      st.resources = [];
      st.disposed = true;
      return newStack;
    },
  }, { order: ["use", "dispose", "adopt", "defer", "move", "disposed"] });
  defineHidden(DisposableStackPrototype, SymbolDispose, DisposableStackPrototype.dispose);
  ReflectDefineProperty(DisposableStackPrototype, SymbolToStringTag, {
    value: "DisposableStack", writable: false, enumerable: false, configurable: true,
  });

  const AsyncDisposableStackCtor = function AsyncDisposableStack() {
    if (new.target === undefined) throwTypeError("Constructor AsyncDisposableStack requires 'new'");
    WeakMapPrototypeSet(disposableStates, this, { kind: "AsyncDisposableStack", disposed: false, resources: [] });
  };
  const AsyncDisposableStackPrototype = AsyncDisposableStackCtor.prototype;
  setupConstructor(AsyncDisposableStackCtor, AsyncDisposableStackPrototype, 0);
  install(AsyncDisposableStackPrototype, {
    get disposed() {
      return disposableState(this, "AsyncDisposableStack", "disposed", "get ").disposed;
    },
    disposeAsync() {
      const st = WeakMapPrototypeGet(disposableStates, this);
      if (st === undefined || st.kind !== "AsyncDisposableStack") {
        return PromiseReject(makeError(TypeErrorCtor, "Receiver is not an AsyncDisposableStack"));
      }
      if (st.disposed) return PromiseResolve(undefined);
      st.disposed = true;
      const resources = st.resources;
      st.resources = [];
      return disposeResourcesAsync(resources);
    },
    use(value) {
      const st = disposableState(this, "AsyncDisposableStack", "use");
      requireNotDisposed(st, "AsyncDisposableStack", "use");
      if (value === null || value === undefined) {
        push(st.resources, { value: undefined, method: undefined });
        return value;
      }
      if (!isObject(value)) throwTypeError("An object is expected with `using` declarations");
      let method = value[SymbolAsyncDispose];
      if (method === undefined || method === null) {
        const syncMethod = value[SymbolDispose];
        if (!isCallable(syncMethod)) throwTypeError("Symbol(Symbol.dispose) is not a function");
        method = function () {
          try {
            ReflectApply(syncMethod, this, []);
          } catch (e) {
            return PromiseReject(e);
          }
          return PromiseResolve(undefined);
        };
      } else if (!isCallable(method)) {
        throwTypeError("Symbol(Symbol.asyncDispose) is not a function");
      }
      push(st.resources, { value, method });
      return value;
    },
    adopt(value, onDisposeAsync) {
      const st = disposableState(this, "AsyncDisposableStack", "adopt");
      requireNotDisposed(st, "AsyncDisposableStack", "adopt");
      if (!isCallable(onDisposeAsync)) throwTypeError(`${describe(onDisposeAsync)} is not a function`);
      push(st.resources, { value: undefined, method: () => ReflectApply(onDisposeAsync, undefined, [value]) });
      return value;
    },
    defer(onDisposeAsync) {
      const st = disposableState(this, "AsyncDisposableStack", "defer");
      requireNotDisposed(st, "AsyncDisposableStack", "defer");
      if (!isCallable(onDisposeAsync)) throwTypeError(`${describe(onDisposeAsync)} is not a function`);
      push(st.resources, { value: undefined, method: onDisposeAsync });
      return undefined;
    },
    move() {
      const st = disposableState(this, "AsyncDisposableStack", "move");
      requireNotDisposed(st, "AsyncDisposableStack", "move");
      const newStack = ObjectCreate(AsyncDisposableStackPrototype);
      WeakMapPrototypeSet(disposableStates, newStack, { kind: "AsyncDisposableStack", disposed: false, resources: st.resources });
      st.resources = [];
      st.disposed = true;
      return newStack;
    },
  }, { order: ["use", "disposeAsync", "adopt", "defer", "move", "disposed"] });
  defineHidden(AsyncDisposableStackPrototype, SymbolAsyncDispose, AsyncDisposableStackPrototype.disposeAsync);
  ReflectDefineProperty(AsyncDisposableStackPrototype, SymbolToStringTag, {
    value: "AsyncDisposableStack", writable: false, enumerable: false, configurable: true,
  });
  if (!ObjectPrototypeHasOwnProperty(global, "DisposableStack")) defineHidden(global, "DisposableStack", DisposableStackCtor);
  if (!ObjectPrototypeHasOwnProperty(global, "AsyncDisposableStack")) {
    defineHidden(global, "AsyncDisposableStack", AsyncDisposableStackCtor);
  }

  install(IteratorPrototype, {
    [SymbolDispose]() {
      const ret = this.return;
      if (ret !== undefined && ret !== null) {
        if (!isCallable(ret)) throwTypeError(`${callSite(ret)} is not a function`);
        ReflectApply(ret, this, []);
      }
      return undefined;
    },
  });
  install(AsyncIteratorPrototype, {
    [SymbolAsyncDispose]() {
      let result;
      try {
        const ret = this.return;
        if (ret === undefined || ret === null) return PromiseResolve(undefined);
        if (!isCallable(ret)) throwTypeError(`${callSite(ret)} is not a function`);
        result = ReflectApply(ret, this, [undefined]);
        result = PromiseResolve(result);
      } catch (e) {
        return PromiseReject(e);
      }
      return PromisePrototypeThen(result, () => undefined);
    },
  });

  // ================================================================== DOMException
  // WebIDL's DOMException as Deno defines it: a class whose instances are real errors.
  const domExceptionCodes = {
    __proto__: null,
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
    InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  const domExceptionConstants = [
    "INDEX_SIZE_ERR", "DOMSTRING_SIZE_ERR", "HIERARCHY_REQUEST_ERR", "WRONG_DOCUMENT_ERR",
    "INVALID_CHARACTER_ERR", "NO_DATA_ALLOWED_ERR", "NO_MODIFICATION_ALLOWED_ERR", "NOT_FOUND_ERR",
    "NOT_SUPPORTED_ERR", "INUSE_ATTRIBUTE_ERR", "INVALID_STATE_ERR", "SYNTAX_ERR", "INVALID_MODIFICATION_ERR",
    "NAMESPACE_ERR", "INVALID_ACCESS_ERR", "VALIDATION_ERR", "TYPE_MISMATCH_ERR", "SECURITY_ERR", "NETWORK_ERR",
    "ABORT_ERR", "URL_MISMATCH_ERR", "QUOTA_EXCEEDED_ERR", "TIMEOUT_ERR", "INVALID_NODE_TYPE_ERR", "DATA_CLONE_ERR",
  ];
  const domExceptionData = new WeakMapCtor();
  const domExceptionSlots = (O) => {
    const slots = WeakMapPrototypeGet(domExceptionData, O);
    if (slots === undefined) throwTypeError("Illegal invocation");
    return slots;
  };
  class DOMException {
    constructor(message = undefined, options = undefined) {
      const msg = message === undefined ? "" : toStringSafe(message);
      let name = "Error";
      let hasCause = false;
      let cause;
      if (isObject(options)) {
        if (ReflectHas(options, "cause")) {
          hasCause = true;
          cause = options.cause;
        }
        name = toStringSafe(options.name);
      } else if (options !== undefined) {
        name = toStringSafe(options);
      }
      const O = ReflectConstruct(ErrorCtor, [], new.target);
      WeakMapPrototypeSet(domExceptionData, O, { name, message: msg, code: domExceptionCodes[name] ?? 0 });
      WeakSetPrototypeAdd(knownErrors, O);
      ErrorCaptureStackTrace(O, new.target);
      if (hasCause) defineHidden(O, "cause", cause);
      return O;
    }
    get message() {
      return domExceptionSlots(this).message;
    }
    get name() {
      return domExceptionSlots(this).name;
    }
    get code() {
      return domExceptionSlots(this).code;
    }
    [SymbolFor("Deno.privateCustomInspect")](inspect, inspectOptions) {
      if (this !== DOMExceptionPrototype && ObjectPrototypeIsPrototypeOf(DOMExceptionPrototype, this)) {
        const stack = this.stack;
        if (typeof stack === "string") return stack;
      }
      // An object standing in for `this`: its constructor is named DOMException, and it shows
      // message / name / code (evaluated for an instance, as getters for the prototype).
      const evaluate = this !== DOMExceptionPrototype;
      const proto = ObjectCreate(ObjectPrototype);
      const ctor = function DOMException() {};
      ReflectDefineProperty(ctor, "prototype", { value: proto });
      defineHidden(proto, "constructor", ctor);
      const view = ObjectCreate(proto);
      for (const key of ["message", "name", "code"]) {
        if (evaluate) {
          createDataProperty(view, key, this[key]);
        } else {
          ReflectDefineProperty(view, key, { get: () => undefined, enumerable: true, configurable: true });
        }
      }
      return inspect(view, inspectOptions);
    }
  }
  const DOMExceptionPrototype = DOMException.prototype;
  ReflectSetPrototypeOf(DOMExceptionPrototype, ErrorPrototype);
  {
    const accessors = ["message", "name", "code"];
    for (let i = 0; i < accessors.length; i++) {
      const d = ReflectGetOwnPropertyDescriptor(DOMExceptionPrototype, accessors[i]);
      d.enumerable = true;
      ReflectDefineProperty(DOMExceptionPrototype, accessors[i], d);
    }
    ReflectDefineProperty(DOMExceptionPrototype, SymbolToStringTag, {
      value: "DOMException", writable: false, enumerable: false, configurable: true,
    });
    for (let i = 0; i < domExceptionConstants.length; i++) {
      const desc = { value: i + 1, writable: false, enumerable: true, configurable: false };
      ReflectDefineProperty(DOMException, domExceptionConstants[i], desc);
      ReflectDefineProperty(DOMExceptionPrototype, domExceptionConstants[i], desc);
    }
    if (!ObjectPrototypeHasOwnProperty(global, "DOMException")) defineHidden(global, "DOMException", DOMException);
  }
  const newDOMException = (message, name) => withDeepStack(() => new DOMException(message, name));
  // Deno's WebIDL argument errors carry a Node-style code.
  function webidlTypeError(message, code) {
    const err = makeError(TypeErrorCtor, message);
    if (code !== undefined) createDataProperty(err, "code", code);
    return err;
  }
  const missingArguments = (prefix, count) =>
    webidlTypeError(`${prefix}: ${1} argument required, but only ${count} present`, "ERR_MISSING_ARGS");

  // ================================================================== structuredClone
  // The HTML structured clone algorithm with the behaviour of V8's ValueSerializer, which is
  // what Deno uses (and its DataCloneError texts).
  const dataCloneError = (message) => newDOMException(message, "DataCloneError");
  const errorConstructorsByName = {
    __proto__: null,
    EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
  };
  const intlBrandChecks = [];
  if (typeof Intl === "object" && Intl !== null) {
    for (const name of ["Collator", "DateTimeFormat", "DisplayNames", "ListFormat", "Locale", "NumberFormat",
      "PluralRules", "RelativeTimeFormat", "Segmenter", "DurationFormat"]) {
      const C = Intl[name];
      if (typeof C !== "function") continue;
      const method = name === "Locale" ? C.prototype.toString : C.prototype.resolvedOptions;
      if (typeof method === "function") push(intlBrandChecks, uncurryThis(method));
    }
  }
  const uncloneablePrototypes = [
    ArrayIteratorPrototype, ReflectGetPrototypeOf(new Map().entries()), ReflectGetPrototypeOf(new Set().values()),
    ReflectGetPrototypeOf(""[SymbolIterator]()), ReflectGetPrototypeOf(/a/[Symbol.matchAll]("")),
    GeneratorPrototype, AsyncGeneratorPrototype,
  ];
  function isUncloneableExotic(v) {
    if (v === global) return true;
    if (isWeakMap(v) || isWeakSet(v) || isWeakRef(v) || isFinalizationRegistry(v) || isPromise(v)) return true;
    if (WeakMapPrototypeHas(helperStates, v) || WeakMapPrototypeHas(wrappedIterators, v)) return true;
    if (WeakMapPrototypeHas(disposableStates, v) || WeakSetPrototypeHas(rawJSONObjects, v)) return true;
    if (ObjectPrototypeToString(v) === "[object Arguments]") return true;
    for (let i = 0; i < uncloneablePrototypes.length; i++) {
      if (ObjectPrototypeIsPrototypeOf(uncloneablePrototypes[i], v)) return true;
    }
    for (let i = 0; i < intlBrandChecks.length; i++) {
      if (tryBrand(intlBrandChecks[i], v)) return true;
    }
    return false;
  }
  function regExpFlags(re) {
    let flags = "";
    const order = [["hasIndices", "d"], ["global", "g"], ["ignoreCase", "i"], ["multiline", "m"], ["dotAll", "s"],
      ["unicode", "u"], ["sticky", "y"]];
    for (let i = 0; i < order.length; i++) {
      const get = RegExpPrototypeGetFlags[order[i][0]];
      if (get !== undefined && get(re)) flags += order[i][1];
    }
    return flags;
  }
  function setOwnStack(obj, stack) {
    ReflectDefineProperty(obj, "stack", { value: stack, writable: true, enumerable: false, configurable: true });
  }
  function quietConstruct(C, args) {
    // A fresh error whose captured stack is replaced anyway: capture none.
    let limit;
    try {
      limit = ErrorCtor.stackTraceLimit;
      ErrorCtor.stackTraceLimit = 0;
    } catch {
      limit = undefined;
    }
    try {
      return ReflectConstruct(C, args, C);
    } finally {
      if (limit !== undefined) ErrorCtor.stackTraceLimit = limit;
    }
  }
  function cloneValue(value, memory) {
    if (!isObject(value)) {
      if (typeof value === "symbol") throw dataCloneError(`${describe(value)} could not be cloned.`);
      return value;
    }
    const known = MapPrototypeGet(memory, value);
    if (known !== undefined) return known;
    if (typeof value === "function") throw dataCloneError(`${describe(value)} could not be cloned.`);
    if (ArrayIsArray(value)) {
      const length = value.length;
      const out = new ArrayCtor(length);
      MapPrototypeSet(memory, value, out);
      const keys = ObjectKeys(value);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (!ObjectPrototypeHasOwnProperty(value, key)) continue;
        createDataProperty(out, key, cloneValue(value[key], memory));
      }
      return out;
    }
    // Without a @@toStringTag anywhere on its chain, Object.prototype.toString names an
    // object's built-in kind without running script, and the common case (plain objects,
    // dates, regexps, errors) needs none of the brand checks below, which throw on mismatch.
    const plainTag = hasPropertyNoSideEffects(value, SymbolToStringTag) ? undefined : ObjectPrototypeToString(value);
    const kind = (tag, check) => (plainTag !== undefined ? plainTag === tag : check(value));
    if (plainTag === "[object Object]") return clonePlainObject(value, memory);
    if (kind("[object Date]", isDate)) {
      const out = new DateCtor(DatePrototypeGetTime(value));
      MapPrototypeSet(memory, value, out);
      return out;
    }
    if (kind("[object RegExp]", isRegExp)) {
      const out = new RegExpCtor(RegExpPrototypeGetSource(value), regExpFlags(value));
      MapPrototypeSet(memory, value, out);
      return out;
    }
    if (kind("[object Boolean]", isBooleanObject) || kind("[object Number]", isNumberObject) ||
      kind("[object String]", isStringObject) || (plainTag === undefined && isBigIntObject(value))) {
      let primitive;
      if (isBooleanObject(value)) primitive = BooleanPrototypeValueOf(value);
      else if (isNumberObject(value)) primitive = NumberPrototypeValueOf(value);
      else if (isStringObject(value)) primitive = StringPrototypeValueOf(value);
      else primitive = BigIntPrototypeValueOf(value);
      const out = ObjectCtor(primitive);
      MapPrototypeSet(memory, value, out);
      return out;
    }
    if (plainTag === undefined && isMap(value)) {
      const out = new MapCtor();
      MapPrototypeSet(memory, value, out);
      const entries = [];
      const it = MapPrototypeEntries(value);
      for (let r = MapIteratorNext(it); !r.done; r = MapIteratorNext(it)) push(entries, r.value);
      const pairs = [];
      for (let i = 0; i < entries.length; i++) {
        push(pairs, cloneValue(entries[i][0], memory));
        push(pairs, cloneValue(entries[i][1], memory));
      }
      for (let i = 0; i < pairs.length; i += 2) MapPrototypeSet(out, pairs[i], pairs[i + 1]);
      return out;
    }
    if (plainTag === undefined && isSet(value)) {
      const out = new SetCtor();
      MapPrototypeSet(memory, value, out);
      const elements = setSnapshot(value);
      const cloned = [];
      for (let i = 0; i < elements.length; i++) push(cloned, cloneValue(elements[i], memory));
      for (let i = 0; i < cloned.length; i++) SetPrototypeAdd(out, cloned[i]);
      return out;
    }
    if (plainTag === undefined && isArrayBuffer(value)) {
      if (isDetachedBuffer(value)) throw dataCloneError("An ArrayBuffer is detached and could not be cloned.");
      const out = copyBufferBytes(value, ArrayBufferPrototypeGetByteLengthNative(value));
      MapPrototypeSet(memory, value, out);
      return out;
    }
    if (plainTag === undefined && isSharedArrayBuffer(value)) {
      // A new object over the same memory is beyond script; the buffer itself is shared.
      MapPrototypeSet(memory, value, value);
      return value;
    }
    if (isTypedArray(value)) {
      const sourceBuffer = TypedArrayPrototypeGetBuffer(value);
      if (isDetachedBuffer(sourceBuffer) && !MapPrototypeHas(memory, sourceBuffer)) {
        throw dataCloneError("An ArrayBuffer is detached and could not be cloned.");
      }
      const buffer = cloneValue(sourceBuffer, memory);
      const C = typedArrayConstructors[TypedArrayPrototypeGetTag(value)];
      const out = new C(buffer, TypedArrayPrototypeGetByteOffset(value), TypedArrayPrototypeGetLength(value));
      MapPrototypeSet(memory, value, out);
      return out;
    }
    if (plainTag === undefined && isDataView(value)) {
      const buffer = cloneValue(DataViewPrototypeGetBuffer(value), memory);
      const out = new DataViewCtor(buffer, DataViewPrototypeGetByteOffset(value), DataViewPrototypeGetByteLength(value));
      MapPrototypeSet(memory, value, out);
      return out;
    }
    if (WeakMapPrototypeHas(domExceptionData, value)) {
      const slots = WeakMapPrototypeGet(domExceptionData, value);
      const out = ReflectConstruct(DOMException, [slots.message, slots.name], DOMException);
      setOwnStack(out, value.stack);
      MapPrototypeSet(memory, value, out);
      return out;
    }
    if (kind("[object Error]", isNativeError)) {
      const name = toStringSafe(value.name);
      const C = errorConstructorsByName[name] ?? ErrorCtor;
      const out = quietConstruct(C, []);
      MapPrototypeSet(memory, value, out);
      const messageDesc = ReflectGetOwnPropertyDescriptor(value, "message");
      const stack = value.stack;
      setOwnStack(out, typeof stack === "string" ? stack : undefined);
      if (messageDesc !== undefined && "value" in messageDesc) defineHidden(out, "message", toStringSafe(messageDesc.value));
      const causeDesc = ReflectGetOwnPropertyDescriptor(value, "cause");
      if (causeDesc !== undefined && "value" in causeDesc) defineHidden(out, "cause", cloneValue(causeDesc.value, memory));
      return out;
    }
    if (plainTag === "[object Arguments]" || (plainTag === undefined && (isUncloneableExotic(value) || isSymbolObject(value)))) {
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
    return clonePlainObject(value, memory);
  }
  // An ordinary object: its own enumerable string-keyed properties.
  function clonePlainObject(value, memory) {
    if (value === global || WeakSetPrototypeHas(rawJSONObjects, value)) {
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
    const out = {};
    MapPrototypeSet(memory, value, out);
    const keys = ObjectKeys(value);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!ObjectPrototypeHasOwnProperty(value, key)) continue;
      createDataProperty(out, key, cloneValue(value[key], memory));
    }
    return out;
  }
  const CLONE_PREFIX = "Failed to execute 'structuredClone'";
  function structuredClone(value, options) {
    if (arguments.length === 0) throw missingArguments(CLONE_PREFIX, 0);
    let transferList = [];
    if (options !== undefined && options !== null) {
      if (!isObject(options)) {
        throw webidlTypeError(`${CLONE_PREFIX}: Argument 2 can not be converted to a dictionary`, "ERR_INVALID_ARG_TYPE");
      }
      const transfer = options.transfer;
      if (transfer !== undefined) {
        const where = `${CLONE_PREFIX}: 'transfer' of 'StructuredSerializeOptions' (Argument 2)`;
        let method;
        if (isObject(transfer)) method = transfer[SymbolIterator];
        if (!isCallable(method)) throw webidlTypeError(`${where} can not be converted to sequence.`);
        const record = getIteratorDirect(ReflectApply(method, transfer, []));
        for (let i = 0; ; i++) {
          const item = iteratorStepValue(record);
          if (item === DONE) break;
          if (!isObject(item)) throw webidlTypeError(`${where}, index ${i} is not an object`);
          push(transferList, item);
        }
      }
    }
    const memory = new MapCtor();
    const transferred = [];
    for (let i = 0; i < transferList.length; i++) {
      const item = transferList[i];
      if (!isArrayBuffer(item)) throw dataCloneError("Value not transferable");
      if (isDetachedBuffer(item)) throw dataCloneError(`ArrayBuffer at index ${i} is already detached`);
      if (MapPrototypeHas(memory, item)) continue;
      MapPrototypeSet(memory, item, undefined);
      push(transferred, item);
    }
    // The buffers move first (a clone that then fails leaves them detached, as in Deno).
    for (let i = 0; i < transferred.length; i++) {
      const item = transferred[i];
      MapPrototypeSet(memory, item, copyBufferBytes(item, ArrayBufferPrototypeGetByteLengthNative(item)));
      detachBuffer(item);
    }
    return cloneValue(value, memory);
  }

  // ================================================================== atob / btoa
  function btoa(data) {
    const prefix = "Failed to execute 'btoa'";
    if (arguments.length === 0) throw missingArguments(prefix, 0);
    const s = toStringSafe(data);
    for (let i = 0; i < s.length; i++) {
      if (StringPrototypeCharCodeAt(s, i) > 0xff) {
        throw newDOMException("Cannot encode string: string contains characters outside of the Latin1 range",
          "InvalidCharacterError");
      }
    }
    const bytes = new Uint8ArrayCtor(s.length);
    for (let i = 0; i < s.length; i++) bytes[i] = StringPrototypeCharCodeAt(s, i);
    return encodeBase64(bytes, "base64", false);
  }
  function atob(data) {
    const prefix = "Failed to execute 'atob'";
    if (arguments.length === 0) throw missingArguments(prefix, 0);
    const s = toStringSafe(data);
    // forgiving-base64 decode
    const values = [];
    for (let i = 0; i < s.length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (isAsciiWhitespace(c)) continue;
      push(values, c);
    }
    let length = values.length;
    if (length % 4 === 0 && length > 0 && values[length - 1] === 0x3d) {
      length--;
      if (values[length - 1] === 0x3d) length--;
    }
    const fail = () => newDOMException("Failed to decode base64", "InvalidCharacterError");
    if (length % 4 === 1) throw fail();
    let out = "";
    let buffer = 0;
    let bits = 0;
    for (let i = 0; i < length; i++) {
      const c = values[i];
      const v = c < 128 ? base64Values[c] : -1;
      if (v < 0) throw fail();
      buffer = (buffer << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += StringFromCharCode((buffer >> bits) & 0xff);
        buffer &= (1 << bits) - 1;
      }
    }
    return out;
  }
  // Deno installs both as accessors: the getter returns the function, the setter replaces it.
  for (const fn of [atob, btoa]) {
    const name = fn.name;
    if (ObjectPrototypeHasOwnProperty(global, name)) continue;
    const accessors = {
      get() {
        return fn;
      },
      set(value) {
        ReflectDefineProperty(global, name, { value, writable: true, enumerable: true, configurable: true });
      },
    };
    ReflectDefineProperty(global, name, { get: accessors.get, set: accessors.set, enumerable: true, configurable: true });
  }
  if (!ObjectPrototypeHasOwnProperty(global, "structuredClone")) {
    ReflectDefineProperty(global, "structuredClone", {
      value: structuredClone, writable: true, enumerable: true, configurable: true,
    });
  }

  // ================================================================== Intl.Locale
  // Deno's V8 has methods (getCalendars() ...) where V8 10.2 has getters (calendars ...).
  if (typeof Intl === "object" && Intl !== null && typeof Intl.Locale === "function") {
    const LocalePrototype = Intl.Locale.prototype;
    const LocaleToString = uncurryThis(LocalePrototype.toString);
    const LocaleBaseName = getterOf(LocalePrototype, "baseName");
    const oldGetter = (name) => {
      const d = ReflectGetOwnPropertyDescriptor(LocalePrototype, name);
      return d === undefined || d.get === undefined ? undefined : uncurryThis(d.get);
    };
    const requireLocale = (O, method) => {
      try {
        LocaleToString(O);
      } catch {
        throwTypeError(`Method Intl.Locale.prototype.${method} called on incompatible receiver ${describe(O)}`);
      }
    };
    const methods = {};
    const pairs = [["getCalendars", "calendars"], ["getCollations", "collations"], ["getHourCycles", "hourCycles"],
      ["getNumberingSystems", "numberingSystems"], ["getTextInfo", "textInfo"], ["getTimeZones", "timeZones"],
      ["getWeekInfo", "weekInfo"]];
    for (let i = 0; i < pairs.length; i++) {
      const [method, getterName] = pairs[i];
      const get = oldGetter(getterName);
      if (get === undefined || ObjectPrototypeHasOwnProperty(LocalePrototype, method)) continue;
      const fn = {
        [method]() {
          requireLocale(this, method);
          const result = get(this);
          if ((method === "getCollations" || method === "getTimeZones") && ArrayIsArray(result)) {
            // sorted by code unit, as the specification now says
            ReflectApply(ArrayPrototypeSort, result, []);
          }
          if (method === "getWeekInfo" && isObject(result)) {
            const fw = unicodeKeyword(LocaleToString(this), "fw");
            const days = { __proto__: null, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
            const firstDay = fw !== undefined && days[fw] !== undefined ? days[fw] : result.firstDay;
            return { firstDay, weekend: result.weekend };
          }
          return result;
        },
      }[method];
      methods[method] = fn;
      ReflectDeleteProperty(LocalePrototype, getterName);
    }
    install(LocalePrototype, methods);
    const unicodeKeyword = (tag, key) => {
      const parts = StringPrototypeSplit(StringPrototypeToLowerCase(tag), "-");
      let inUnicode = false;
      for (let i = 1; i < parts.length; i++) {
        const p = parts[i];
        if (p.length === 1) {
          if (inUnicode) return undefined;
          inUnicode = p === "u";
          continue;
        }
        if (inUnicode && p === key) {
          const values = [];
          for (let j = i + 1; j < parts.length && parts[j].length > 2; j++) push(values, parts[j]);
          return values.length === 0 ? "true" : ArrayPrototypeJoin(values, "-");
        }
      }
      return undefined;
    };
    install(LocalePrototype, {
      get firstDayOfWeek() {
        requireLocale(this, "firstDayOfWeek");
        return unicodeKeyword(LocaleToString(this), "fw");
      },
      get variants() {
        requireLocale(this, "variants");
        const parts = StringPrototypeSplit(LocaleBaseName(this), "-");
        const variants = [];
        for (let i = 1; i < parts.length; i++) {
          const p = parts[i];
          if (p.length >= 5 || (p.length === 4 && p[0] >= "0" && p[0] <= "9")) push(variants, p);
        }
        return variants.length === 0 ? undefined : ArrayPrototypeJoin(variants, "-");
      },
    });
    // A V8 extension that Deno's V8 no longer has.
    if (ObjectPrototypeHasOwnProperty(Intl, "v8BreakIterator")) ReflectDeleteProperty(Intl, "v8BreakIterator");
  }

  // ================================================================== accessor names
  // Deno's V8 names the __proto__ accessors "__proto__".
  {
    const d = ReflectGetOwnPropertyDescriptor(ObjectPrototype, "__proto__");
    if (d !== undefined && d.get !== undefined) {
      setFunctionName(d.get, "__proto__");
      setFunctionName(d.set, "__proto__");
    }
  }

})
