(function (host) {
  "use strict";

  // loopscope console formatting: renders console.log arguments exactly like
  // Deno 2.9.6 does with colors off (the value inspection algorithm of Deno's
  // console, itself derived from Node's util.inspect).
  //
  // Everything the engine alone can tell comes from `host`:
  //   host.promiseState(p)   -> [state, value], state 0 pending / 1 fulfilled /
  //                             2 rejected (only called on promises)
  //   host.proxyDetails(v)   -> undefined, or [target, handler] for a Proxy
  //   host.previewEntries(v) -> [entries, isKeyValue] for Map/Set iterators
  //                             (and WeakMap/WeakSet), else undefined
  //
  // Returns { formatArgs(args) -> string, inspect(value, options?) -> string }.

  // ------------------------------------------------------------ intrinsics
  // Captured once, before any user code runs, so that user code patching
  // built-in prototypes cannot change what the console prints.

  const ReflectApply = Reflect.apply;
  const ReflectHas = Reflect.has;
  const uncurryThis = (fn) => (self, ...args) => ReflectApply(fn, self, args);
  const getterOf = (proto, key) =>
    uncurryThis(Object.getOwnPropertyDescriptor(proto, key).get);

  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
  const ObjectKeys = Object.keys;
  const ObjectIs = Object.is;
  const ObjectIsExtensible = Object.isExtensible;
  const ObjectPrototype = Object.prototype;
  const ObjectPrototypeHasOwnProperty = uncurryThis(ObjectPrototype.hasOwnProperty);
  const ObjectPrototypeIsPrototypeOf = uncurryThis(ObjectPrototype.isPrototypeOf);
  const ObjectPrototypePropertyIsEnumerable = uncurryThis(
    ObjectPrototype.propertyIsEnumerable,
  );
  const ObjectPrototypeToString = uncurryThis(ObjectPrototype.toString);
  const ArrayIsArray = Array.isArray;
  const FunctionPrototype = Function.prototype;
  const FunctionPrototypeToString = uncurryThis(FunctionPrototype.toString);
  const FunctionPrototypeCall = uncurryThis(Function.prototype.call);
  const StringCtor = String;
  const NumberIsNaN = Number.isNaN;
  const NumberParseFloat = Number.parseFloat;
  const MathMin = Math.min;
  const MathMax = Math.max;
  const MathSqrt = Math.sqrt;
  const MathRound = Math.round;
  const MathFloor = Math.floor;
  const JSONStringify = JSON.stringify;
  const SymbolIterator = Symbol.iterator;
  const SymbolToStringTag = Symbol.toStringTag;
  const SymbolFor = Symbol.for;
  const SymbolPrototypeGetDescription = getterOf(Symbol.prototype, "description");
  const StringPrototypeNormalize = uncurryThis(String.prototype.normalize);

  const MapPrototype = Map.prototype;
  const SetPrototype = Set.prototype;
  const MapPrototypeGetSize = getterOf(MapPrototype, "size");
  const SetPrototypeGetSize = getterOf(SetPrototype, "size");
  const MapPrototypeEntries = uncurryThis(MapPrototype.entries);
  const SetPrototypeValues = uncurryThis(SetPrototype.values);
  const MapIteratorPrototype = ObjectGetPrototypeOf(new Map()[SymbolIterator]());
  const SetIteratorPrototype = ObjectGetPrototypeOf(new Set()[SymbolIterator]());
  const MapIteratorNext = uncurryThis(MapIteratorPrototype.next);
  const SetIteratorNext = uncurryThis(SetIteratorPrototype.next);
  const WeakMapPrototypeHas = uncurryThis(WeakMap.prototype.has);
  const WeakSetPrototypeHas = uncurryThis(WeakSet.prototype.has);
  const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
  const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString);
  const RegExpPrototype = RegExp.prototype;
  const RegExpCtor = RegExp;
  const RegExpPrototypeGetSource = getterOf(RegExpPrototype, "source");
  const RegExpPrototypeToString = uncurryThis(RegExpPrototype.toString);
  const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
  const TypedArrayPrototypeGetTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
  const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, "length");
  const Uint8ArrayCtor = Uint8Array;
  const ArrayBufferPrototypeGetByteLength = getterOf(ArrayBuffer.prototype, "byteLength");
  const SharedArrayBufferPrototypeGetByteLength =
    typeof SharedArrayBuffer === "function"
      ? getterOf(SharedArrayBuffer.prototype, "byteLength")
      : undefined;
  const DataViewPrototypeGetByteLength = getterOf(DataView.prototype, "byteLength");
  const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
  const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
  const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
  const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
  const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
  const PromisePrototype = Promise.prototype;
  const WeakRefPrototypeDeref =
    typeof WeakRef === "function" ? uncurryThis(WeakRef.prototype.deref) : undefined;
  const ErrorPrototype = Error.prototype;
  const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {});
  const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {});
  const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {});
  const IntlLocalePrototype =
    typeof Intl === "object" && Intl !== null && typeof Intl.Locale === "function"
      ? Intl.Locale.prototype
      : undefined;

  // Prototypes whose constructor name is known without looking at their
  // (mutable) `constructor` property.
  const wellKnownPrototypes = [
    [Array.prototype, "Array"],
    [ArrayBuffer.prototype, "ArrayBuffer"],
    [Function.prototype, "Function"],
    [MapPrototype, "Map"],
    [SetPrototype, "Set"],
    [ObjectPrototype, "Object"],
    [TypedArrayPrototype, "TypedArray"],
    [RegExpPrototype, "RegExp"],
    [Date.prototype, "Date"],
    [DataView.prototype, "DataView"],
    [ErrorPrototype, "Error"],
    [AggregateError.prototype, "AggregateError"],
    [RangeError.prototype, "RangeError"],
    [TypeError.prototype, "TypeError"],
    [Boolean.prototype, "Boolean"],
    [Number.prototype, "Number"],
    [String.prototype, "String"],
    [PromisePrototype, "Promise"],
    [WeakMap.prototype, "WeakMap"],
    [WeakSet.prototype, "WeakSet"],
  ];

  const customInspectSymbol = SymbolFor("Deno.customInspect");
  const privateCustomInspectSymbol = SymbolFor("Deno.privateCustomInspect");
  const nodeCustomInspectSymbol = SymbolFor("nodejs.util.inspect.custom");

  // ------------------------------------------------------------ host access

  function getProxyDetails(value) {
    if (host === undefined || host === null || typeof host.proxyDetails !== "function") {
      return undefined;
    }
    const details = host.proxyDetails(value);
    return ArrayIsArray(details) ? details : undefined;
  }

  function getPromiseDetails(value) {
    if (host === undefined || host === null || typeof host.promiseState !== "function") {
      return undefined;
    }
    let details;
    try {
      details = host.promiseState(value);
    } catch {
      return undefined;
    }
    return ArrayIsArray(details) ? details : undefined;
  }

  function previewEntries(value) {
    if (host === undefined || host === null || typeof host.previewEntries !== "function") {
      return undefined;
    }
    const preview = host.previewEntries(value);
    return ArrayIsArray(preview) && ArrayIsArray(preview[0]) ? preview : undefined;
  }

  // ------------------------------------------------------------ type checks

  function isUndetectableObject(value) {
    return typeof value === "undefined" && value !== undefined;
  }

  function isMap(value) {
    try {
      MapPrototypeGetSize(value);
      return true;
    } catch {
      return false;
    }
  }

  function isSet(value) {
    try {
      SetPrototypeGetSize(value);
      return true;
    } catch {
      return false;
    }
  }

  function isWeakMap(value) {
    try {
      WeakMapPrototypeHas(value, ObjectPrototype);
      return true;
    } catch {
      return false;
    }
  }

  function isWeakSet(value) {
    try {
      WeakSetPrototypeHas(value, ObjectPrototype);
      return true;
    } catch {
      return false;
    }
  }

  function isDate(value) {
    try {
      DatePrototypeGetTime(value);
      return true;
    } catch {
      return false;
    }
  }

  function isRegExp(value) {
    if (value === RegExpPrototype) return false;
    try {
      RegExpPrototypeGetSource(value);
      return true;
    } catch {
      return false;
    }
  }

  function isTypedArray(value) {
    return TypedArrayPrototypeGetTag(value) !== undefined;
  }

  function isArrayBuffer(value) {
    try {
      ArrayBufferPrototypeGetByteLength(value);
      return true;
    } catch {
      return false;
    }
  }

  function isSharedArrayBuffer(value) {
    if (SharedArrayBufferPrototypeGetByteLength === undefined) return false;
    try {
      SharedArrayBufferPrototypeGetByteLength(value);
      return true;
    } catch {
      return false;
    }
  }

  function isDataView(value) {
    try {
      DataViewPrototypeGetByteLength(value);
      return true;
    } catch {
      return false;
    }
  }

  function tryBrand(fn, value) {
    try {
      fn(value);
      return true;
    } catch {
      return false;
    }
  }

  function isNumberObject(value) {
    return tryBrand(NumberPrototypeValueOf, value);
  }
  function isStringObject(value) {
    return tryBrand(StringPrototypeValueOf, value);
  }
  function isBooleanObject(value) {
    return tryBrand(BooleanPrototypeValueOf, value);
  }
  function isBigIntObject(value) {
    return tryBrand(BigIntPrototypeValueOf, value);
  }
  function isSymbolObject(value) {
    return tryBrand(SymbolPrototypeValueOf, value);
  }
  function isBoxedPrimitive(value) {
    return isNumberObject(value) || isStringObject(value) ||
      isBooleanObject(value) || isBigIntObject(value) || isSymbolObject(value);
  }

  // Only the engine can tell a promise from an object that merely inherits
  // from Promise.prototype: host.promiseState answers undefined for anything
  // that is not a promise.
  function isPromise(value) {
    return getPromiseDetails(value) !== undefined;
  }

  function isWeakRef(value) {
    return WeakRefPrototypeDeref !== undefined && tryBrand(WeakRefPrototypeDeref, value);
  }

  function safeIsPrototypeOf(proto, value) {
    try {
      return ObjectPrototypeIsPrototypeOf(proto, value);
    } catch {
      return false;
    }
  }

  function isMapIterator(value) {
    return safeIsPrototypeOf(MapIteratorPrototype, value);
  }

  function isSetIterator(value) {
    return safeIsPrototypeOf(SetIteratorPrototype, value);
  }

  function isNativeError(value) {
    try {
      return ObjectPrototypeToString(value) === "[object Error]";
    } catch {
      return false;
    }
  }

  function isErrorLike(value) {
    return isNativeError(value) || safeIsPrototypeOf(ErrorPrototype, value);
  }

  function isArgumentsObject(value) {
    try {
      return ObjectPrototypeToString(value) === "[object Arguments]";
    } catch {
      return false;
    }
  }

  function isModuleNamespaceObject(value) {
    if (ObjectGetPrototypeOf(value) !== null || ObjectIsExtensible(value)) return false;
    const desc = ObjectGetOwnPropertyDescriptor(value, SymbolToStringTag);
    return desc !== undefined && desc.value === "Module" && desc.writable === false &&
      desc.enumerable === false && desc.configurable === false;
  }

  function isNativeSource(source) {
    return /\{\s*\[native code\]\s*\}\s*$/.test(source);
  }

  // The function kind is read from the prototype chain (bound functions keep
  // their target's prototype but are plain functions, hence the native-code
  // test). A function whose chain no longer reaches Function.prototype is
  // judged by its source text instead.
  function hasFunctionPrototype(value) {
    return safeIsPrototypeOf(FunctionPrototype, value);
  }

  function isAsyncFunction(value) {
    const source = FunctionPrototypeToString(value);
    if (isNativeSource(source)) return false;
    if (!hasFunctionPrototype(value)) {
      return /^async[\s*(]/.test(source) && !/^async\s*\([^)]*\)\s*\{/.test(source);
    }
    return safeIsPrototypeOf(AsyncFunctionPrototype, value) ||
      safeIsPrototypeOf(AsyncGeneratorFunctionPrototype, value);
  }

  function isGeneratorFunction(value) {
    const source = FunctionPrototypeToString(value);
    if (isNativeSource(source)) return false;
    if (!hasFunctionPrototype(value)) {
      return /^(async\s*)?(function\s*)?\*/.test(source);
    }
    return safeIsPrototypeOf(GeneratorFunctionPrototype, value) ||
      safeIsPrototypeOf(AsyncGeneratorFunctionPrototype, value);
  }

  function isIntlLocale(value) {
    return IntlLocalePrototype !== undefined &&
      safeIsPrototypeOf(IntlLocalePrototype, value);
  }

  function isTemporalObject(value) {
    const temporal = globalThis.Temporal;
    if (temporal === undefined || temporal === null) return false;
    for (const name of [
      "Instant",
      "ZonedDateTime",
      "PlainDate",
      "PlainTime",
      "PlainDateTime",
      "PlainYearMonth",
      "PlainMonthDay",
      "Duration",
    ]) {
      const cls = temporal[name];
      if (cls && safeIsPrototypeOf(cls.prototype, value)) return true;
    }
    return false;
  }

  // ------------------------------------------------------------ constants

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;
  const kMinLineLength = 16;
  const kWeak = 0;
  const kIterator = 1;
  const kMapEntries = 2;

  const defaultOptions = {
    showHidden: false,
    depth: 4,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    escapeSequences: true,
    compact: 3,
    sorted: false,
    getters: false,
    quotes: ['"', "'", "`"],
    iterableLimit: 100,
    trailingComma: false,
    indentLevel: 0,
  };

  function createContext(options) {
    const ctx = {
      showHidden: defaultOptions.showHidden,
      depth: defaultOptions.depth,
      colors: false,
      customInspect: defaultOptions.customInspect,
      showProxy: defaultOptions.showProxy,
      maxArrayLength: defaultOptions.maxArrayLength,
      maxStringLength: defaultOptions.maxStringLength,
      breakLength: defaultOptions.breakLength,
      escapeSequences: defaultOptions.escapeSequences,
      compact: defaultOptions.compact,
      sorted: defaultOptions.sorted,
      getters: defaultOptions.getters,
      quotes: defaultOptions.quotes,
      iterableLimit: defaultOptions.iterableLimit,
      trailingComma: defaultOptions.trailingComma,
      indentLevel: defaultOptions.indentLevel,
      indentationLvl: 0,
      currentDepth: 0,
      seen: [],
      circular: undefined,
      budget: {},
      stylize: stylizeNoColor,
    };
    if (options !== undefined && options !== null && typeof options === "object") {
      for (const key of ObjectKeys(options)) {
        const v = options[key];
        if (v === undefined && key !== "depth") continue;
        switch (key) {
          case "showHidden":
          case "customInspect":
          case "showProxy":
          case "escapeSequences":
          case "trailingComma":
            ctx[key] = !!v;
            break;
          case "depth":
            if (v === undefined) break;
            ctx.depth = v === null ? null : Number(v);
            break;
          case "maxArrayLength":
          case "maxStringLength":
            ctx[key] = v === null ? Infinity : Number(v);
            break;
          case "breakLength":
          case "iterableLimit":
          case "indentLevel":
            ctx[key] = Number(v);
            break;
          case "indentationLvl":
            ctx.indentationLvl = MathMax(0, Number(v) || 0);
            break;
          case "compact":
            ctx.compact = typeof v === "number" ? v : v === true;
            break;
          case "sorted":
            ctx.sorted = typeof v === "function" ? v : !!v;
            break;
          case "getters":
            ctx.getters = typeof v === "string" ? (v === "get" || v === "set" ? v : false) : !!v;
            break;
          case "quotes":
            if (ArrayIsArray(v)) ctx.quotes = v.map((q) => StringCtor(q));
            break;
          case "seen":
            if (ArrayIsArray(v)) ctx.seen = v;
            break;
          case "stylize":
            if (typeof v === "function") ctx.stylize = v;
            break;
          default:
            break;
        }
      }
      if (options.iterableLimit !== undefined) ctx.maxArrayLength = Number(options.iterableLimit);
      if (options.strAbbreviateSize !== undefined) {
        ctx.maxStringLength = Number(options.strAbbreviateSize);
      }
    }
    return ctx;
  }

  function stylizeNoColor(str) {
    return str;
  }

  // ------------------------------------------------------------ strings

  const escapeMap = {
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
  };

  function replaceEscapeSequences(str) {
    return str.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => {
      const mapped = escapeMap[c];
      if (mapped !== undefined) return mapped;
      const hex = c.charCodeAt(0).toString(16);
      return hex.length < 2 ? `\\x0${hex}` : `\\x${hex}`;
    });
  }

  // Escapes used for symbol descriptions in property-key position.
  function escapeMetaChars(str) {
    return str.replace(/[\x00-\x1f\x27\x5c\x7f-\x9f]/g, (c) => {
      const code = c.charCodeAt(0);
      switch (code) {
        case 0x08:
          return "\\b";
        case 0x09:
          return "\\t";
        case 0x0a:
          return "\\n";
        case 0x0c:
          return "\\f";
        case 0x0d:
          return "\\r";
        case 0x27:
          return "\\'";
        case 0x5c:
          return "\\\\";
        default: {
          const hex = code.toString(16).toUpperCase();
          return hex.length < 2 ? `\\x0${hex}` : `\\x${hex}`;
        }
      }
    });
  }

  function quoteString(str, ctx) {
    const quotes = ctx.quotes;
    let quote;
    for (let i = 0; i < quotes.length; i++) {
      if (!str.includes(quotes[i])) {
        quote = quotes[i];
        break;
      }
    }
    if (quote === undefined) quote = quotes.length > 0 ? quotes[0] : '"';
    const quoteChar = quote.length > 0 ? StringCtor.fromCodePoint(quote.codePointAt(0)) : "";
    let escaped = "";
    for (const ch of str) {
      if (ch === "\\" || ch === quoteChar) escaped += "\\";
      escaped += ch;
    }
    if (ctx.escapeSequences) escaped = replaceEscapeSequences(escaped);
    return `${quote}${escaped}${quote}`;
  }

  const identifierRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const symbolDescriptionRegExp = /^[a-zA-Z_][a-zA-Z_.0-9]*$/;
  const canonicalIndexRegExp = /^(0|[1-9][0-9]*)$/;

  function symbolToString(symbol) {
    const description = SymbolPrototypeGetDescription(symbol);
    return description === undefined ? "Symbol()" : `Symbol(${description})`;
  }

  function maybeQuoteSymbol(symbol, ctx) {
    const description = SymbolPrototypeGetDescription(symbol);
    if (description === undefined || symbolDescriptionRegExp.test(description)) {
      return symbolToString(symbol);
    }
    return `Symbol(${quoteString(description, ctx)})`;
  }

  function isZeroWidthCodePoint(code) {
    return code <= 0x1f ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x300 && code <= 0x36f) ||
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0x20d0 && code <= 0x20ff) ||
      (code >= 0xfe00 && code <= 0xfe0f) ||
      (code >= 0xfe20 && code <= 0xfe2f) ||
      (code >= 0xe0100 && code <= 0xe01ef);
  }

  function isFullWidthCodePoint(code) {
    return code >= 0x1100 && (
      code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x20000 && code <= 0x3fffd)
    );
  }

  // Display width of a string; colors are never emitted, so escape sequences
  // are not stripped (they count as their visible characters, like Deno's
  // colorless path does).
  function getStringWidth(str) {
    let width = 0;
    let plain = true;
    for (let i = 0; i < str.length; i++) {
      const code = str.charCodeAt(i);
      if (code < 0x20 || code > 0x7e) {
        plain = false;
        break;
      }
    }
    if (plain) return str.length;
    let normalized = str;
    try {
      normalized = StringPrototypeNormalize(str, "NFC");
    } catch {
      normalized = str;
    }
    for (const ch of normalized) {
      const code = ch.codePointAt(0);
      if (isFullWidthCodePoint(code)) {
        width += 2;
      } else if (!isZeroWidthCodePoint(code)) {
        width++;
      }
    }
    return width;
  }

  // ------------------------------------------------------------ primitives

  function formatNumber(ctx, value) {
    return ctx.stylize(ObjectIs(value, -0) ? "-0" : `${value}`, "number");
  }

  function formatBigInt(ctx, value) {
    return ctx.stylize(`${value}n`, "bigint");
  }

  function formatPrimitive(ctx, value, noColor) {
    const style = noColor ? stylizeNoColor : ctx.stylize;
    if (typeof value === "string") {
      let trailer = "";
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? "s" : ""}`;
      }
      if (
        ctx.compact !== true &&
        value.length > kMinLineLength &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4
      ) {
        const pieces = value.split(/(?<=\n)/);
        const parts = [];
        for (let i = 0; i < pieces.length; i++) {
          parts.push(style(quoteString(pieces[i], ctx), "string"));
        }
        return parts.join(` +\n${" ".repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return style(quoteString(value, ctx), "string") + trailer;
    }
    if (typeof value === "number") {
      return style(ObjectIs(value, -0) ? "-0" : `${value}`, "number");
    }
    if (typeof value === "bigint") return style(`${value}n`, "bigint");
    if (typeof value === "boolean") return style(`${value}`, "boolean");
    if (typeof value === "undefined") return style("undefined", "undefined");
    return style(maybeQuoteSymbol(value, ctx), "symbol");
  }

  // ------------------------------------------------------------ names

  function getPrefix(constructor, tag, fallback, size = "") {
    if (constructor === null) {
      if (tag !== "" && fallback !== tag) {
        return `[${fallback}${size}: null prototype] [${tag}] `;
      }
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== "" && constructor !== tag) {
      return `${constructor}${size} [${tag}] `;
    }
    return `${constructor}${size} `;
  }

  // The engine's idea of an object's constructor name, for objects without a
  // usable `constructor` in their prototype chain (null prototypes). V8 takes
  // it from the object's hidden class; built-in kinds are recognized here by
  // their internal slots. What V8 knows about instances of user classes whose
  // prototype was removed (it reports the class name) is out of reach.
  function engineConstructorName(value) {
    if (typeof value === "function") return "Function";
    if (ArrayIsArray(value)) return "Array";
    if (isArgumentsObject(value)) return "Arguments";
    const typedArrayName = TypedArrayPrototypeGetTag(value);
    if (typedArrayName !== undefined) return typedArrayName;
    if (isMap(value)) return "Map";
    if (isSet(value)) return "Set";
    if (isDate(value)) return "Date";
    if (isRegExp(value)) return "RegExp";
    if (isNumberObject(value)) return "Number";
    if (isStringObject(value)) return "String";
    if (isBooleanObject(value)) return "Boolean";
    if (isBigIntObject(value)) return "BigInt";
    if (isSymbolObject(value)) return "Symbol";
    if (isArrayBuffer(value)) return "ArrayBuffer";
    if (isSharedArrayBuffer(value)) return "SharedArrayBuffer";
    if (isDataView(value)) return "DataView";
    if (isWeakMap(value)) return "WeakMap";
    if (isWeakSet(value)) return "WeakSet";
    if (isWeakRef(value)) return "WeakRef";
    if (isPromise(value)) return "Promise";
    return "Object";
  }

  function getCtxStyle(value, constructor, tag) {
    let fallback = "";
    if (constructor === null) {
      fallback = engineConstructorName(value);
      if (fallback === tag) fallback = "Object";
    }
    return getPrefix(constructor, tag, fallback);
  }

  function getConstructorName(obj, ctx, recurseTimes) {
    const tmp = obj;
    let firstProto;
    let firstProtoSet = false;
    let current = obj;
    while (current !== null && (typeof current === "object" || typeof current === "function")) {
      for (let i = 0; i < wellKnownPrototypes.length; i++) {
        if (wellKnownPrototypes[i][0] === current) {
          if (current !== tmp && safeIsPrototypeOf(current, tmp)) {
            return wellKnownPrototypes[i][1];
          }
          break;
        }
      }
      let descriptor;
      try {
        descriptor = ObjectGetOwnPropertyDescriptor(current, "constructor");
      } catch {
        descriptor = undefined;
      }
      if (descriptor !== undefined && typeof descriptor.value === "function") {
        const ctor = descriptor.value;
        let name = "";
        try {
          const n = ctor.name;
          name = typeof n === "symbol" ? "" : StringCtor(n);
        } catch {
          name = "";
        }
        if (name !== "") {
          let proto;
          try {
            proto = ctor.prototype;
          } catch {
            proto = undefined;
          }
          if (
            proto !== null && (typeof proto === "object" || typeof proto === "function") &&
            safeIsPrototypeOf(proto, tmp)
          ) {
            return name;
          }
        }
      }
      const next = ObjectGetPrototypeOf(current);
      if (!firstProtoSet) {
        firstProto = next;
        firstProtoSet = true;
      }
      current = next;
    }

    if (firstProto === null) return null;

    const res = engineConstructorName(tmp);
    if (ctx.depth !== null && recurseTimes > ctx.depth) {
      return `${res} <Complex prototype>`;
    }
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1);
    if (protoConstr === null) {
      const sub = forkContext(ctx);
      sub.customInspect = false;
      sub.depth = -1;
      sub.maxArrayLength = sub.iterableLimit;
      const inner = formatValue(sub, firstProto, 0);
      ctx.circular = sub.circular;
      return `${res} <${inner}>`;
    }
    return `${res} <${protoConstr}>`;
  }

  function forkContext(ctx) {
    const copy = {};
    for (const key of ObjectKeys(ctx)) copy[key] = ctx[key];
    copy.seen = ctx.seen.slice();
    const budget = {};
    for (const key of ObjectKeys(ctx.budget)) budget[key] = ctx.budget[key];
    copy.budget = budget;
    if (ctx.circular !== undefined) copy.circular = new Map(ctx.circular);
    return copy;
  }

  // ------------------------------------------------------------ keys

  function getKeys(value, showHidden) {
    let keys;
    const symbols = ObjectGetOwnPropertySymbols(value);
    if (showHidden) {
      keys = ObjectGetOwnPropertyNames(value);
      for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
    } else {
      keys = ObjectKeys(value);
      for (let i = 0; i < symbols.length; i++) {
        if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) keys.push(symbols[i]);
      }
    }
    if (safeIsPrototypeOf(ErrorPrototype, value)) {
      keys = keys.filter((key) => key !== "cause");
    }
    return keys;
  }

  function isArrayIndexKey(key) {
    if (!canonicalIndexRegExp.test(key)) return false;
    return key.length < 10 || Number(key) < 4294967295;
  }

  // Own non-index keys of an array or typed array. Own keys list the integer
  // indices first, so the other names are found by scanning from the end.
  function getNonIndexPropertyNames(value, onlyEnumerable) {
    const out = [];
    const names = onlyEnumerable ? ObjectKeys(value) : ObjectGetOwnPropertyNames(value);
    let first = names.length;
    while (first > 0 && !isArrayIndexKey(names[first - 1])) first--;
    for (let i = first; i < names.length; i++) out.push(names[i]);
    const symbols = ObjectGetOwnPropertySymbols(value);
    for (let i = 0; i < symbols.length; i++) {
      if (onlyEnumerable && !ObjectPrototypePropertyIsEnumerable(value, symbols[i])) continue;
      out.push(symbols[i]);
    }
    return out;
  }

  // ------------------------------------------------------------ formatValue

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (
      typeof value !== "object" &&
      typeof value !== "function" &&
      !isUndetectableObject(value)
    ) {
      return formatPrimitive(ctx, value, false);
    }
    if (value === null) return ctx.stylize("null", "null");

    const context = value;
    let proxyDetails = null;
    let proxy = getProxyDetails(value);
    if (proxy !== undefined) {
      if (!ctx.showProxy) {
        // Inspect the innermost target directly; no trap ever runs.
        while (proxy !== undefined) {
          if (proxy[0] === null || proxy[0] === undefined) {
            throw new TypeError("Cannot inspect a proxy that has been revoked");
          }
          value = proxy[0];
          proxy = getProxyDetails(value);
        }
      } else {
        proxyDetails = proxy;
      }
    }

    if (ctx.customInspect) {
      const custom = tryCustomInspect(ctx, context, value, proxyDetails, recurseTimes);
      if (custom !== undefined) return custom;
    }

    if (ctx.seen.includes(value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return ctx.stylize(`[Circular *${index}]`, "special");
    }

    return formatRaw(ctx, value, recurseTimes, typedArray, proxyDetails);
  }

  function publicOptions(ctx) {
    return {
      stylize: ctx.stylize,
      showHidden: ctx.showHidden,
      depth: ctx.depth,
      colors: ctx.colors,
      customInspect: ctx.customInspect,
      showProxy: ctx.showProxy,
      maxArrayLength: ctx.maxArrayLength,
      maxStringLength: ctx.maxStringLength,
      breakLength: ctx.breakLength,
      compact: ctx.compact,
      sorted: ctx.sorted,
      getters: ctx.getters,
      numericSeparator: undefined,
    };
  }

  function tryCustomInspect(ctx, context, value, proxyDetails, recurseTimes) {
    const target = proxyDetails !== null ? proxyDetails[0] : value;
    if (target === null || (typeof target !== "object" && typeof target !== "function")) {
      return undefined;
    }
    for (const symbol of [customInspectSymbol, privateCustomInspectSymbol]) {
      let has = false;
      try {
        has = ReflectHas(target, symbol);
      } catch {
        has = false;
      }
      if (!has) continue;
      const fn = target[symbol];
      if (typeof fn !== "function") continue;
      const options = publicOptions(ctx);
      options.indentationLvl = ctx.indentationLvl;
      options.currentDepth = ctx.currentDepth;
      options.indentLevel = ctx.indentLevel;
      options.escapeSequences = ctx.escapeSequences;
      options.trailingComma = ctx.trailingComma;
      options.iterableLimit = ctx.iterableLimit;
      options.quotes = ctx.quotes.slice();
      options.seen = ctx.seen;
      options.budget = ctx.budget;
      options.inspect = inspect;
      const result = FunctionPrototypeCall(fn, value, inspect, options);
      if (ArrayIsArray(options.seen)) ctx.seen = options.seen;
      return StringCtor(result);
    }

    let maybeCustom;
    try {
      maybeCustom = target[nodeCustomInspectSymbol];
    } catch {
      return undefined;
    }
    if (typeof maybeCustom !== "function" || maybeCustom === inspect) return undefined;
    try {
      const ctor = value.constructor;
      if (
        ctor !== null && (typeof ctor === "object" || typeof ctor === "function") &&
        ctor.prototype === value
      ) {
        return undefined;
      }
    } catch {
      // Keep going, like a failed property read in the engine.
    }
    const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
    const options = publicOptions(ctx);
    if (!safeIsPrototypeOf(ObjectPrototype, context)) {
      Object.setPrototypeOf(options, null);
      for (const key of ObjectKeys(options)) {
        const v = options[key];
        if ((typeof v === "object" || typeof v === "function") && v !== null) delete options[key];
      }
      const stylize = ctx.stylize;
      options.stylize = Object.setPrototypeOf((str, flavour) => {
        let stylized;
        try {
          stylized = `${stylize(str, flavour)}`;
        } catch {
          // ignore
        }
        return typeof stylized === "string" ? stylized : str;
      }, null);
    }
    const ret = FunctionPrototypeCall(maybeCustom, context, depth, options, inspect);
    if (ret === context) return undefined;
    if (typeof ret !== "string") return formatValue(ctx, ret, recurseTimes);
    return ret.replaceAll("\n", `\n${" ".repeat(ctx.indentationLvl)}`);
  }

  // ------------------------------------------------------------ formatRaw

  function formatRaw(ctx, value, recurseTimes, typedArray, proxyDetails) {
    const constructor = getConstructorName(value, ctx, recurseTimes);

    let tag = "";
    if (proxyDetails === null) {
      let t;
      try {
        t = value[SymbolToStringTag];
      } catch {
        t = undefined;
      }
      if (typeof t === "string") tag = t;
    }

    if (proxyDetails !== null && ctx.showProxy) {
      return `Proxy ${formatValue(ctx, [proxyDetails[0], proxyDetails[1]], recurseTimes)}`;
    }

    let base = "";
    let formatter = formatNothing;
    let braces = ["{", "}"];
    let keys = [];
    let extrasType = kObjectType;
    const onlyEnumerable = !ctx.showHidden;

    let noIterator = true;
    let hasIterator = false;
    try {
      hasIterator = ReflectHas(value, SymbolIterator);
    } catch {
      hasIterator = false;
    }
    if (hasIterator || constructor === null) {
      noIterator = false;
      if (ArrayIsArray(value)) {
        const length = value.length;
        const prefix = constructor !== "Array" || tag !== ""
          ? getPrefix(constructor, tag, "Array", `(${length})`)
          : "";
        keys = getNonIndexPropertyNames(value, onlyEnumerable);
        braces = [`${prefix}[`, "]"];
        if (length === 0 && keys.length === 0) return `${braces[0]}]`;
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (isSet(value)) {
        const size = SetPrototypeGetSize(value);
        const prefix = getPrefix(constructor, tag, "Set", `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        formatter = formatSet;
        if (size === 0 && keys.length === 0) return `${prefix}{}`;
        braces = [`${prefix}{`, "}"];
      } else if (isMap(value)) {
        const size = MapPrototypeGetSize(value);
        const prefix = getPrefix(constructor, tag, "Map", `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        formatter = formatMap;
        if (size === 0 && keys.length === 0) return `${prefix}{}`;
        braces = [`${prefix}{`, "}"];
      } else if (isTypedArray(value)) {
        keys = getNonIndexPropertyNames(value, onlyEnumerable);
        const size = TypedArrayPrototypeGetLength(value);
        const prefix = getPrefix(constructor, tag, "", `(${size})`);
        braces = [`${prefix}[`, "]"];
        if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
        formatter = (c, v, r) => formatTypedArray(c, v, size, r);
        extrasType = kArrayExtrasType;
      } else if (isMapIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces("Map", tag);
        formatter = (c, v, r) => formatIterator(braces, c, v, r);
      } else if (isSetIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces("Set", tag);
        formatter = (c, v, r) => formatIterator(braces, c, v, r);
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      const namespace = isModuleNamespaceObject(value);
      keys = getKeys(value, ctx.showHidden || namespace);
      braces = ["{", "}"];
      if (constructor === "Object") {
        if (isArgumentsObject(value)) {
          braces[0] = "[Arguments] {";
        } else if (tag !== "") {
          braces[0] = `${getPrefix(constructor, tag, "Object")}{`;
        }
        if (keys.length === 0) return `${braces[0]}}`;
      } else if (typeof value === "function") {
        base = getFunctionBase(value, constructor, tag);
        if (keys.length === 0) return ctx.stylize(base, "special");
      } else if (isRegExp(value)) {
        base = regExpToString(value);
        const prefix = getPrefix(constructor, tag, "RegExp");
        if (prefix !== "RegExp ") base = `${prefix}${base}`;
        if (keys.length === 0 || (ctx.depth !== null && recurseTimes > ctx.depth)) {
          return ctx.stylize(base, "regexp");
        }
      } else if (isDate(value)) {
        const time = DatePrototypeGetTime(value);
        base = NumberIsNaN(time) ? "Invalid Date" : DatePrototypeToISOString(value);
        const prefix = getPrefix(constructor, tag, "Date");
        if (prefix !== "Date ") base = `${prefix}${base}`;
        if (keys.length === 0) return ctx.stylize(base, "date");
      } else if (isIntlLocale(value)) {
        braces[0] = `${getPrefix(constructor, tag, "Intl.Locale")}{`;
        keys = [
          "baseName",
          "calendar",
          "caseFirst",
          "collation",
          "hourCycle",
          "language",
          "numberingSystem",
          "numeric",
          "region",
          "script",
        ].concat(keys);
      } else if (isTemporalObject(value)) {
        return ctx.stylize(StringCtor(value), "temporal");
      } else if (isErrorLike(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0) return base;
      } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
        const arrayType = isArrayBuffer(value) ? "ArrayBuffer" : "SharedArrayBuffer";
        const prefix = getPrefix(constructor, tag, arrayType);
        if (!typedArray) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0) {
          return `${prefix}{ byteLength: ${formatNumber(ctx, anyArrayBufferByteLength(value))} }`;
        }
        braces[0] = `${prefix}{`;
        keys = ["byteLength"].concat(keys);
      } else if (isDataView(value)) {
        braces[0] = `${getPrefix(constructor, tag, "DataView")}{`;
        keys = ["byteLength", "byteOffset", "buffer"].concat(keys);
      } else if (isPromise(value)) {
        braces[0] = `${getPrefix(constructor, tag, "Promise")}{`;
        formatter = formatPromise;
      } else if (isWeakSet(value)) {
        braces[0] = `${getPrefix(constructor, tag, "WeakSet")}{`;
        formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
      } else if (isWeakMap(value)) {
        braces[0] = `${getPrefix(constructor, tag, "WeakMap")}{`;
        formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
      } else if (namespace) {
        braces[0] = `${getPrefix(constructor, tag, "Module")}{`;
        const namespaceKeys = keys;
        keys = [];
        formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
      } else if (isBoxedPrimitive(value)) {
        base = getBoxedBase(value, ctx, keys, constructor, tag);
        if (keys.length === 0) return base;
      } else {
        if (keys.length === 0) return `${getCtxStyle(value, constructor, tag)}{}`;
        braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
      }
    }

    if (ctx.depth !== null && recurseTimes > ctx.depth) {
      let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
      if (constructor !== null) constructorName = `[${constructorName}]`;
      return ctx.stylize(constructorName, "special");
    }
    recurseTimes += 1;

    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
    } catch (error) {
      ctx.seen.pop();
      let stack;
      try {
        stack = error !== null && typeof error === "object" && error.stack !== undefined
          ? StringCtor(error.stack)
          : StringCtor(error);
      } catch {
        stack = "";
      }
      return ctx.stylize(`[Internal Formatting Error] ${stack}`, "internalError");
    }

    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = ctx.stylize(`<ref *${index}>`, "special");
        if (ctx.compact !== true) {
          base = base === "" ? reference : `${reference} ${base}`;
        } else {
          braces[0] = `${reference} ${braces[0]}`;
        }
      }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        output = output.sort(comparator);
      } else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(comparator);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }

    const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    const budget = ctx.budget[ctx.indentationLvl] || 0;
    const newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    if (newLength > 2 ** 27) ctx.depth = -1;
    return res;
  }

  function formatNothing() {
    return [];
  }

  function getIteratorBraces(type, tag) {
    if (tag !== `${type} Iterator`) {
      if (tag !== "") tag += "] [";
      tag += `${type} Iterator`;
    }
    return [`[${tag}] {`, "}"];
  }

  function anyArrayBufferByteLength(value) {
    try {
      return ArrayBufferPrototypeGetByteLength(value);
    } catch {
      return SharedArrayBufferPrototypeGetByteLength(value);
    }
  }

  function regExpToString(value) {
    const regExp = safeIsPrototypeOf(RegExpPrototype, value) ? value : new RegExpCtor(value);
    return RegExpPrototypeToString(regExp);
  }

  // ------------------------------------------------------------ functions

  // Deno strips comments with a regexp replace that is given no replacement,
  // so every comment becomes the text "undefined".
  function stripCommentsQuirk(source) {
    return source.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, "undefined");
  }

  function getClassBase(value, constructor, tag) {
    const hasName = ObjectPrototypeHasOwnProperty(value, "name");
    const nameValue = hasName ? value.name : undefined;
    const name = (hasName && nameValue) ? StringCtor(nameValue) : "(anonymous)";
    let base = `class ${name}`;
    if (constructor !== null && constructor !== "Function") base += ` [${constructor}]`;
    if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const proto = ObjectGetPrototypeOf(value);
      let superName;
      try {
        superName = proto !== null ? proto.name : undefined;
      } catch {
        superName = undefined;
      }
      if (typeof superName === "string" && superName !== "") base += ` extends ${superName}`;
    } else {
      base += " extends [null prototype]";
    }
    return `[${base}]`;
  }

  function getFunctionBase(value, constructor, tag) {
    const stringified = FunctionPrototypeToString(value);
    if (stringified.startsWith("class") && stringified.endsWith("}")) {
      const slice = stringified.slice(5, -1);
      const bracketIndex = slice.indexOf("{");
      if (
        bracketIndex !== -1 &&
        (!slice.slice(0, bracketIndex).includes("(") ||
          /^(\s+[^(]*?)\s*{/.test(stripCommentsQuirk(slice)))
      ) {
        return getClassBase(value, constructor, tag);
      }
    }
    let type = "Function";
    if (isGeneratorFunction(value)) type = `Generator${type}`;
    if (isAsyncFunction(value)) type = `Async${type}`;
    let base = `[${type}`;
    if (constructor === null) base += " (null prototype)";
    const name = value.name;
    if (name === "") {
      base += " (anonymous)";
    } else {
      base += `: ${typeof name === "symbol" ? symbolToString(name) : StringCtor(name)}`;
    }
    base += "]";
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let type;
    let primitive;
    if (isNumberObject(value)) {
      type = "Number";
      primitive = NumberPrototypeValueOf(value);
    } else if (isStringObject(value)) {
      type = "String";
      primitive = StringPrototypeValueOf(value);
      keys.splice(0, MathMin(primitive.length, keys.length));
    } else if (isBooleanObject(value)) {
      type = "Boolean";
      primitive = BooleanPrototypeValueOf(value);
    } else if (isBigIntObject(value)) {
      type = "BigInt";
      primitive = BigIntPrototypeValueOf(value);
    } else {
      type = "Symbol";
      primitive = SymbolPrototypeValueOf(value);
    }
    let base = `[${type}`;
    if (type !== constructor) {
      base += constructor === null ? " (null prototype)" : ` (${constructor})`;
    }
    base += `: ${formatPrimitive(ctx, primitive, true)}]`;
    if (tag !== "" && tag !== constructor) base += ` [${tag}]`;
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
  }

  // ------------------------------------------------------------ collections

  function moreItems(remaining) {
    return `... ${remaining} more item${remaining > 1 ? "s" : ""}`;
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
    const remaining = valLen - len;
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!ObjectPrototypeHasOwnProperty(value, i)) {
        return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      }
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (remaining > 0) output.push(moreItems(remaining));
    return output;
  }

  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = ObjectKeys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const tmp = +key;
      if (tmp > 2 ** 32 - 2) break;
      if (`${index}` !== key) {
        if (!canonicalIndexRegExp.test(key)) break;
        const emptyItems = tmp - index;
        const ending = emptyItems > 1 ? "s" : "";
        output.push(ctx.stylize(`<${emptyItems} empty item${ending}>`, "undefined"));
        index = tmp;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        const ending = remaining > 1 ? "s" : "";
        output.push(ctx.stylize(`<${remaining} empty item${ending}>`, "undefined"));
      }
    } else if (remaining > 0) {
      output.push(moreItems(remaining));
    }
    return output;
  }

  function formatSet(ctx, value, recurseTimes) {
    ctx.indentationLvl += 2;
    const values = [];
    const iterator = SetPrototypeValues(value);
    for (;;) {
      const step = SetIteratorNext(iterator);
      if (step.done) break;
      values.push(step.value);
    }
    const valLen = SetPrototypeGetSize(value);
    const len = MathMin(MathMax(0, ctx.iterableLimit), valLen);
    const remaining = valLen - len;
    const output = [];
    for (let i = 0; i < len; i++) output.push(formatValue(ctx, values[i], recurseTimes));
    if (remaining > 0) output.push(moreItems(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    ctx.indentationLvl += 2;
    const entries = [];
    const iterator = MapPrototypeEntries(value);
    for (;;) {
      const step = MapIteratorNext(iterator);
      if (step.done) break;
      entries.push(step.value);
    }
    const valLen = MapPrototypeGetSize(value);
    const len = MathMin(MathMax(0, ctx.iterableLimit), valLen);
    const remaining = valLen - len;
    const output = [];
    for (let i = 0; i < len; i++) {
      const k = formatValue(ctx, entries[i][0], recurseTimes);
      const v = formatValue(ctx, entries[i][1], recurseTimes);
      output.push(`${k} => ${v}`);
    }
    if (remaining > 0) output.push(moreItems(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatTypedArray(ctx, value, length, recurseTimes) {
    const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    for (let i = 0; i < maxLength; i++) {
      const element = value[i];
      output.push(typeof element === "bigint" ? formatBigInt(ctx, element) : formatNumber(ctx, element));
    }
    if (remaining > 0) output.push(moreItems(remaining));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const key of ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"]) {
        const str = formatValue(ctx, value[key], recurseTimes, true);
        output.push(`[${key}]: ${str}`);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatIterator(braces, ctx, value, recurseTimes) {
    const preview = previewEntries(value);
    if (preview === undefined) return [];
    const entries = preview[0];
    if (preview[1]) {
      if (braces[0].endsWith(" Iterator] {")) {
        braces[0] = `${braces[0].slice(0, -" Iterator] {".length)} Entries] {`;
      }
      return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
    }
    return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
  }

  function formatMapIterInner(ctx, recurseTimes, entries, state) {
    const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
    const len = MathFloor(entries.length / 2);
    const remaining = len - maxArrayLength;
    const maxLength = MathMin(maxArrayLength, len);
    let output = [];
    ctx.indentationLvl += 2;
    if (state === kWeak) {
      for (let i = 0; i < maxLength; i++) {
        const pos = i * 2;
        output.push(
          `${formatValue(ctx, entries[pos], recurseTimes)} => ${
            formatValue(ctx, entries[pos + 1], recurseTimes)
          }`,
        );
      }
      if (!ctx.sorted) output = output.sort();
    } else {
      for (let i = 0; i < maxLength; i++) {
        const pos = i * 2;
        const res = [
          formatValue(ctx, entries[pos], recurseTimes),
          formatValue(ctx, entries[pos + 1], recurseTimes),
        ];
        output.push(
          reduceToSingleString(ctx, res, "", ["[", "]"], kArrayExtrasType, recurseTimes, undefined),
        );
      }
    }
    ctx.indentationLvl -= 2;
    if (remaining > 0) output.push(moreItems(remaining));
    return output;
  }

  function formatSetIterInner(ctx, recurseTimes, entries, state) {
    const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
    const maxLength = MathMin(maxArrayLength, entries.length);
    let output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < maxLength; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
    ctx.indentationLvl -= 2;
    if (state === kWeak && !ctx.sorted) output = output.sort();
    const remaining = entries.length - maxLength;
    if (remaining > 0) output.push(moreItems(remaining));
    return output;
  }

  function formatWeakCollection(ctx) {
    return [ctx.stylize("<items unknown>", "special")];
  }

  function formatWeakSet(ctx, value, recurseTimes) {
    const preview = previewEntries(value);
    if (preview === undefined) return [];
    return formatSetIterInner(ctx, recurseTimes, preview[0], kWeak);
  }

  function formatWeakMap(ctx, value, recurseTimes) {
    const preview = previewEntries(value);
    if (preview === undefined) return [];
    return formatMapIterInner(ctx, recurseTimes, preview[0], kWeak);
  }

  function formatPromise(ctx, value, recurseTimes) {
    const details = getPromiseDetails(value);
    const state = details[0];
    if (state === 0) return [ctx.stylize("<pending>", "special")];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, details[1], recurseTimes);
    ctx.indentationLvl -= 2;
    return [state === 2 ? `${ctx.stylize("<rejected>", "special")} ${str}` : str];
  }

  function formatArrayBuffer(ctx, value) {
    const valLen = anyArrayBufferByteLength(value);
    const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
    let bytes;
    try {
      bytes = new Uint8ArrayCtor(value, 0, len);
    } catch {
      return [ctx.stylize("(detached)", "special")];
    }
    const hex = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      hex.push(b < 16 ? `0${b.toString(16)}` : b.toString(16));
    }
    let str = hex.join(" ");
    const remaining = valLen - len;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
    return [`${ctx.stylize("[Uint8Contents]", "special")}: <${str}>`];
  }

  function formatNamespaceObject(keys, ctx, value, recurseTimes) {
    const output = [];
    for (let i = 0; i < keys.length; i++) {
      try {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], kObjectType));
      } catch {
        const tmp = { [keys[i]]: "" };
        const formatted = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
        const pos = formatted.lastIndexOf(" ");
        output.push(formatted.slice(0, pos + 1) + ctx.stylize("<uninitialized>", "special"));
      }
    }
    return output;
  }

  // ------------------------------------------------------------ properties

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
    let name;
    let str;
    let extra = " ";
    desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
      { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
      const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str)) {
        extra = `\n${" ".repeat(ctx.indentationLvl)}`;
      }
      ctx.indentationLvl -= diff;
    } else if (typeof desc.get === "function") {
      const label = typeof desc.set === "function" ? "Getter/Setter" : "Getter";
      const s = ctx.stylize;
      const sp = "special";
      if (
        ctx.getters && (ctx.getters === true ||
          (ctx.getters === "get" && typeof desc.set !== "function") ||
          (ctx.getters === "set" && typeof desc.set === "function"))
      ) {
        try {
          const tmp = FunctionPrototypeCall(desc.get, original);
          ctx.indentationLvl += 2;
          if (tmp === null) {
            str = `${s(`[${label}:`, sp)} ${s("null", "null")}${s("]", sp)}`;
          } else if (typeof tmp === "object") {
            str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
          } else {
            str = `${s(`[${label}:`, sp)} ${formatPrimitive(ctx, tmp, false)}${s("]", sp)}`;
          }
          ctx.indentationLvl -= 2;
        } catch (err) {
          let message = "";
          try {
            message = err !== null && typeof err === "object" ? StringCtor(err.message) : "";
          } catch {
            message = "";
          }
          str = `${s(`[${label}:`, sp)} <Inspection threw (${message})>${s("]", sp)}`;
        }
      } else {
        str = s(`[${label}]`, sp);
      }
    } else if (typeof desc.set === "function") {
      str = ctx.stylize("[Setter]", "special");
    } else {
      str = ctx.stylize("undefined", "undefined");
    }
    if (type === kArrayType) return str;
    if (typeof key === "symbol") {
      name = ctx.stylize(escapeMetaChars(symbolToString(key)), "symbol");
    } else {
      const keyStr = `${key}`;
      if (identifierRegExp.test(keyStr)) {
        name = keyStr === "__proto__" ? "['__proto__']" : ctx.stylize(keyStr, "name");
      } else {
        name = ctx.stylize(quoteString(keyStr, ctx), "string");
      }
    }
    if (desc.enumerable === false) name = `[${name}]`;
    return `${name}:${extra}${str}`;
  }

  // ------------------------------------------------------------ layout

  function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === "" || !base.includes("\n");
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === "number" && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joinedOutput = output.join(", ");
            if (!joinedOutput.includes("\n")) {
              return `${base ? `${base} ` : ""}${braces[0]} ${joinedOutput} ${braces[1]}`;
            }
          }
        }
      }
      const indentation = `\n${" ".repeat(ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${
        output.join(`,${indentation}  `)
      }${ctx.trailingComma ? "," : ""}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ""} ${output.join(", ")} ${braces[1]}`;
    }
    const indentation = " ".repeat(ctx.indentationLvl);
    const ln = base === "" && braces[0].length === 1
      ? " "
      : `${base ? ` ${base}` : ""}\n${indentation}  `;
    return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
  }

  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--;
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = getStringWidth(output[i]);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (
      actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)
    ) {
      const approxCharHeights = 2.5;
      const averageBias = MathSqrt(actualMax - totalLength / output.length);
      const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
      const columns = MathMin(
        MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineMaxLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        maxLineLength.push(lineMaxLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          const element = value[i];
          if (typeof element !== "number" && typeof element !== "bigint") {
            padStart = false;
            break;
          }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = MathMin(i + columns, outputLength);
        let str = "";
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += padStart
            ? `${output[j]}, `.padStart(padding, " ")
            : `${output[j]}, `.padEnd(padding, " ");
        }
        if (padStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, " ");
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  // ------------------------------------------------------------ errors

  function errorToString(error) {
    const nameValue = error.name;
    const name = nameValue === undefined ? "Error" : StringCtor(nameValue);
    const messageValue = error.message;
    const message = messageValue === undefined ? "" : StringCtor(messageValue);
    if (name === "") return message;
    if (message === "") return name;
    return `${name}: ${message}`;
  }

  function getStackString(ctx, error) {
    let stack;
    try {
      stack = error.stack;
    } catch {
      stack = undefined;
    }
    if (stack) {
      if (typeof stack === "string") return stack;
      ctx.seen.push(error);
      ctx.indentationLvl += 4;
      const result = formatValue(ctx, stack, NaN);
      ctx.indentationLvl -= 4;
      ctx.seen.pop();
      return `${errorToString(error)}\n    ${result}`;
    }
    return errorToString(error);
  }

  function improveStack(stack, constructor, name, nameIsString, tag) {
    let len = nameIsString ? name.length : undefined;
    if (!nameIsString) {
      const prefix = getPrefix(constructor, tag, "Error").slice(0, -1);
      const pos = stack.indexOf(name);
      if (pos !== -1) {
        stack = `${stack.slice(0, pos)}${name} [${prefix}]${stack.slice(pos + name.length)}`;
      }
    }
    const regular = nameIsString && name.endsWith("Error") && stack.startsWith(name) &&
      (stack.length === name.length || stack[name.length] === ":" || stack[name.length] === "\n");
    if (constructor === null || regular) {
      let fallback = "Error";
      if (constructor === null) {
        const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
          /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || "";
        len = fallback.length;
        fallback = fallback || "Error";
      }
      const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix || !nameIsString) {
        if (prefix.includes(name)) {
          if (len === 0) {
            stack = `${prefix}: ${stack}`;
          } else {
            stack = `${prefix}${stack.slice(len ?? 0)}`;
          }
        } else {
          stack = `${prefix} [${name}]${stack.slice(len ?? 0)}`;
        }
      }
    }
    return stack;
  }

  function getDuplicateErrorFrameRanges(frames) {
    const result = [];
    const lineToPositions = new Map();
    for (let i = 0; i < frames.length; i++) {
      const positions = lineToPositions.get(frames[i]);
      if (positions === undefined) {
        lineToPositions.set(frames[i], [i]);
      } else {
        positions.push(i);
      }
    }
    const minimumDuplicateRange = 3;
    if (frames.length - lineToPositions.size <= minimumDuplicateRange) return result;

    for (let i = 0; i < frames.length - minimumDuplicateRange; i++) {
      const positions = lineToPositions.get(frames[i]);
      if (positions.length === 1 || positions[positions.length - 1] === i) continue;
      const current = positions.indexOf(i) + 1;
      if (current === positions.length) continue;

      let range = positions[positions.length - 1] - i;
      if (range < minimumDuplicateRange) continue;
      let extraSteps;
      if (current + 1 < positions.length) {
        range = 0;
        const steps = [];
        for (let k = current; k < positions.length; k++) {
          let distance = positions[k] - i;
          while (distance !== 0) {
            const remainder = range % distance;
            if (range !== 0 && !steps.includes(range)) steps.push(range);
            range = distance;
            distance = remainder;
          }
          if (range === 1) break;
        }
        const filtered = steps.filter((s) => s !== range);
        if (filtered.length !== 0) extraSteps = filtered;
      }
      let maxRange = range;
      let maxDuplicates = 0;
      let duplicateRanges = 0;
      let nextStart = i + range;
      for (;;) {
        let equalFrames = 0;
        for (let j = 0; j < range; j++) {
          if (frames[i + j] !== frames[nextStart + j]) break;
          equalFrames++;
        }
        if (equalFrames !== range) {
          if (extraSteps === undefined || extraSteps.length === 0) break;
          if (duplicateRanges !== 0 && maxRange * maxDuplicates < range * duplicateRanges) {
            maxRange = range;
            maxDuplicates = duplicateRanges;
          }
          range = extraSteps.pop();
          nextStart = i;
          duplicateRanges = 0;
          nextStart += range;
          continue;
        }
        duplicateRanges++;
        nextStart += range;
      }
      if (maxDuplicates !== 0 && maxRange * maxDuplicates >= range * duplicateRanges) {
        range = maxRange;
        duplicateRanges = maxDuplicates;
      }
      if (duplicateRanges * range >= 3) {
        result.push(i + range, range, duplicateRanges);
        i += range * (duplicateRanges + 1) - 1;
      }
    }
    return result;
  }

  function identicalSequenceRange(a, b) {
    if (a.length < 4) return [0, 0];
    for (let i = 0; i < a.length - 3; i++) {
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = MathMin(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return [len, i];
        }
      }
    }
    return [0, 0];
  }

  function getStackFrames(ctx, err, stack) {
    const frames = stack.split("\n");
    let cause;
    try {
      cause = err.cause;
    } catch {
      cause = undefined;
    }
    if (cause !== undefined && cause !== null && typeof cause === "object" && isErrorLike(cause)) {
      const causeStack = getStackString(ctx, cause);
      const causeStackStart = causeStack.indexOf("\n    at");
      if (causeStackStart !== -1) {
        const causeFrames = causeStack.slice(causeStackStart + 1).split("\n");
        const [len, offset] = identicalSequenceRange(frames, causeFrames);
        if (len > 0) {
          const skipped = len - 2;
          const msg = `    ... ${skipped} lines matching cause stack trace ...`;
          frames.splice(offset + 1, skipped, ctx.stylize(msg, "undefined"));
        }
      }
    }
    if (frames.length > 10) {
      const ranges = getDuplicateErrorFrameRanges(frames);
      for (let i = ranges.length - 3; i >= 0; i -= 3) {
        const offset = ranges[i];
        const length = ranges[i + 1];
        const duplicateRanges = ranges[i + 2];
        const msg = `    ... collapsed ${length * duplicateRanges} duplicate lines ` +
          "matching above " +
          (duplicateRanges > 1 ? `${length} lines ${duplicateRanges} times...` : "lines ...");
        frames.splice(offset, length * duplicateRanges, ctx.stylize(msg, "undefined"));
      }
    }
    return frames;
  }

  function matchModuleFrame(line, prefix) {
    if (!line.startsWith("    at ")) return false;
    const rest = line.slice(7);
    let body = rest;
    const paren = rest.indexOf(" (");
    if (paren !== -1) {
      const fn = rest.slice(0, paren);
      if (fn !== "" && !fn.includes("/") && !fn.includes("\\") && !fn.includes("(")) {
        body = rest.slice(paren + 2);
      }
    }
    if (!body.startsWith(prefix)) return false;
    let spec = body.slice(prefix.length);
    if (spec.endsWith(")")) spec = spec.slice(0, -1);
    return /^.+:\d+:\d+$/.test(spec);
  }

  function isFilteredExtFrame(line) {
    if (!line.startsWith("    at ")) return false;
    const rest = line.slice(7);
    for (const name of ["eventLoopTick", "denoErrorToNodeError", "__drainNextTickAndMacrotasks"]) {
      if (rest.startsWith(`${name} `)) return true;
    }
    return /^__node_internal_\S+ /.test(rest);
  }

  function formatError(err, constructor, tag, ctx, keys) {
    let stack;
    try {
      stack = getStackString(ctx, err);
    } catch {
      return ObjectPrototypeToString(err);
    }

    let message;
    let messageThrows = false;
    try {
      message = err.message;
    } catch {
      messageThrows = true;
    }
    let name;
    let nameThrows = false;
    try {
      name = err.name;
    } catch {
      nameThrows = true;
    }

    if (!ctx.showHidden && keys.length !== 0) {
      const stackIndex = keys.indexOf("stack");
      if (stackIndex !== -1) keys.splice(stackIndex, 1);
      if (!messageThrows) {
        const index = keys.indexOf("message");
        if (index !== -1 && (typeof message !== "string" || stack.includes(message))) {
          keys.splice(index, 1);
        }
      }
      if (!nameThrows) {
        const index = keys.indexOf("name");
        if (index !== -1 && (typeof name !== "string" || stack.includes(name))) {
          keys.splice(index, 1);
        }
      }
    }

    let nameDisplay = "Error";
    let nameIsString = true;
    if (!nameThrows && name !== undefined && name !== null) {
      nameIsString = typeof name === "string";
      nameDisplay = typeof name === "symbol" ? symbolToString(name) : StringCtor(name);
    }

    let hasCause = false;
    try {
      hasCause = ReflectHas(err, "cause");
    } catch {
      hasCause = false;
    }
    if (hasCause && (keys.length === 0 || !keys.includes("cause"))) keys.push("cause");

    let errors;
    try {
      errors = err.errors;
    } catch {
      errors = undefined;
    }
    if (ArrayIsArray(errors) && (keys.length === 0 || !keys.includes("errors"))) {
      keys.push("errors");
    }

    stack = improveStack(stack, constructor, nameDisplay, nameIsString, tag);

    let pos = 0;
    if (!messageThrows && typeof message === "string" && message !== "") {
      const found = stack.indexOf(message);
      if (found !== -1) pos = found + message.length;
    }
    const stackStart = stack.indexOf("\n    at", pos);
    if (stackStart === -1) {
      stack = `[${stack}]`;
    } else {
      let newStack = stack.slice(0, stackStart);
      const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
      for (const line of lines) {
        if (isFilteredExtFrame(line) && matchModuleFrame(line, "ext:")) continue;
        newStack += `\n${line}`;
      }
      stack = newStack;
    }

    if (ctx.indentationLvl !== 0) {
      stack = stack.replaceAll("\n", `\n${" ".repeat(ctx.indentationLvl)}`);
    }
    return stack;
  }

  // ------------------------------------------------------------ entry points

  function inspect(value, options) {
    const ctx = createContext(options);
    return formatValue(ctx, value, 0);
  }

  // `options` (optional) are inspect options layered over the defaults, the way
  // console.dir(value, options) passes them.
  function formatArgs(args, options) {
    const ctx = createContext(options);
    const first = args[0];
    let a = 0;
    let string = "";

    if (typeof first === "string" && args.length > 1) {
      a++;
      let appendedChars = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first[i] === "%") {
          const char = first[++i];
          if (a < args.length) {
            let formattedArg = null;
            if (char === "s") {
              const value = args[a++];
              formattedArg = typeof value === "symbol" ? symbolToString(value) : StringCtor(value);
            } else if (char === "d" || char === "i") {
              const value = args[a++];
              formattedArg = typeof value === "symbol"
                ? "NaN"
                : `${parseIntLikeDeno(StringCtor(value))}`;
            } else if (char === "f") {
              const value = args[a++];
              formattedArg = typeof value === "symbol"
                ? "NaN"
                : `${parseFloatLikeDeno(StringCtor(value))}`;
            } else if (char === "j") {
              const value = args[a++];
              formattedArg = tryStringify(value);
            } else if (char === "O" || char === "o") {
              formattedArg = formatValue(ctx, args[a++], 0);
            } else if (char === "c") {
              a++;
              formattedArg = "";
            }
            if (formattedArg !== null && formattedArg !== undefined) {
              string += first.slice(appendedChars, i - 1) + formattedArg;
              appendedChars = i + 1;
            }
          }
          if (char === "%") {
            string += first.slice(appendedChars, i - 1) + "%";
            appendedChars = i + 1;
          }
        }
      }
      string += first.slice(appendedChars);
    }

    for (; a < args.length; a++) {
      if (a > 0) string += " ";
      if (typeof args[a] === "string") {
        string += args[a];
      } else {
        string += formatValue(ctx, args[a], 0);
      }
    }
    return string;
  }

  // %d / %i and %f parse the argument's string form the way Deno's native
  // formatter does: leading Unicode White_Space is skipped, and %d accumulates
  // its digits in a double one at a time (which rounds differently from
  // parseInt for long digit strings).
  const leadingWhitespaceRegExp =
    /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

  function parseIntLikeDeno(str) {
    let rest = str.replace(leadingWhitespaceRegExp, "");
    let sign = 1;
    if (rest[0] === "-") {
      sign = -1;
      rest = rest.slice(1);
    } else if (rest[0] === "+") {
      rest = rest.slice(1);
    }
    let radix = 10;
    if (rest.startsWith("0x") || rest.startsWith("0X")) {
      radix = 16;
      rest = rest.slice(2);
    }
    let acc = 0;
    let any = false;
    for (let i = 0; i < rest.length; i++) {
      const code = rest.charCodeAt(i);
      let digit;
      if (code >= 0x30 && code <= 0x39) digit = code - 0x30;
      else if (radix === 16 && code >= 0x61 && code <= 0x66) digit = code - 0x61 + 10;
      else if (radix === 16 && code >= 0x41 && code <= 0x46) digit = code - 0x41 + 10;
      else break;
      if (digit >= radix) break;
      acc = acc * radix + digit;
      any = true;
    }
    return any ? sign * acc : NaN;
  }

  function parseFloatLikeDeno(str) {
    const rest = str.replace(leadingWhitespaceRegExp, "");
    if (rest.startsWith("\ufeff")) return NaN;
    return NumberParseFloat(rest);
  }

  let circularJsonMessage;
  function tryStringify(value) {
    try {
      return JSONStringify(value);
    } catch (err) {
      if (circularJsonMessage === undefined) {
        try {
          const sample = {};
          sample.a = sample;
          JSONStringify(sample);
        } catch (sampleErr) {
          circularJsonMessage = StringCtor(sampleErr.message).split("\n")[0];
        }
      }
      if (
        err !== null && typeof err === "object" && err.name === "TypeError" &&
        StringCtor(err.message).split("\n")[0] === circularJsonMessage
      ) {
        return "[Circular]";
      }
      throw err;
    }
  }

  // ------------------------------------------------------------ console methods
  // Helpers for the console methods of bootstrap.js (console.table and the
  // console.dir color option). With colors off (formatArgs, inspect and every
  // caller before these helpers existed) values format exactly as before.

  // Deno's stripVTControlCharacters pattern (from chalk/ansi-regex).
  const ansiRegExp = new RegExpCtor(
    "[\\u001B\\u009B][[\\]()#;?]*" +
      "(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*" +
      "|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)" +
      "|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))",
    "g",
  );
  const StringPrototypeReplace = uncurryThis(String.prototype.replace);

  // Display width of a table cell: escape sequences removed, then every code
  // point counted as 0, 1 or 2 columns (console.table's width computation).
  function tableCellWidth(str) {
    return getStringWidth(StringPrototypeReplace(StringCtor(str), ansiRegExp, ""));
  }

  function isProxy(value) {
    return getProxyDetails(value) !== undefined;
  }

  // console.dir(value, { colors: true }): Deno's ANSI styles, and its layout rules for
  // colored output, where entries are measured without their escape codes (Deno passes
  // ctx.colors to getStringWidth and isBelowBreakLength). Both functions are rebound here to
  // variants that behave exactly as before whenever colors are off, which is every other
  // caller's case.
  const ansiStyles = {
    special: [36, 39], number: [33, 39], bigint: [33, 39], boolean: [33, 39],
    undefined: [90, 39], null: [1, 22], string: [32, 39], symbol: [32, 39],
    date: [35, 39], regexp: [31, 39], module: [4, 24], internalError: [31, 39],
    temporal: [36, 39],
  };
  function stylizeWithColor(str, styleType) {
    const color = ObjectPrototypeHasOwnProperty(ansiStyles, styleType)
      ? ansiStyles[styleType]
      : undefined;
    return color === undefined ? str : `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  const colorCodeRegExp = new RegExpCtor("\u001b\\[\\d\\d?m", "g");
  let coloredDepth = 0;
  const getStringWidthPlain = getStringWidth;
  getStringWidth = function (str) {
    return getStringWidthPlain(
      coloredDepth > 0 ? StringPrototypeReplace(str, ansiRegExp, "") : str,
    );
  };
  const isBelowBreakLengthPlain = isBelowBreakLength;
  isBelowBreakLength = function (ctx, output, start, base) {
    if (!ctx.colors) return isBelowBreakLengthPlain(ctx, output, start, base);
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += StringPrototypeReplace(output[i], colorCodeRegExp, "").length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === "" || !base.includes("\n");
  };
  function inspectWithColors(value, options) {
    const ctx = createContext(options);
    ctx.colors = true;
    ctx.stylize = stylizeWithColor;
    coloredDepth++;
    try {
      return formatValue(ctx, value, 0);
    } finally {
      coloredDepth--;
    }
  }

  const consoleHelpers = { tableCellWidth, isProxy, isMap, isSet, inspectWithColors };

  return { formatArgs, inspect, consoleHelpers };
})
