// Deno's FFI API (Deno.dlopen, UnsafeCallback, UnsafePointer, UnsafePointerView,
// UnsafeFnPointer), as Deno 2.9's ext/ffi/00_ffi.js shapes it, over loopscope's natives
// (core/ffi/ffibindings.cpp). What is observable from a script (fields, return values, the
// order of checks, error messages, the extra promise tick of an op) follows Deno.
(function (ffi, Deno) {
  "use strict";

  const promiseIdSymbol = Symbol.for("Deno.core.internalPromiseId");
  const { then: promiseThen, catch: promiseCatch } = {
    then: (p, f) => Promise.prototype.then.call(p, f),
    catch: (p, f) => Promise.prototype.catch.call(p, f),
  };

  // Deno's core.setPromise: the op's promise as the script sees it is the inner promise with a
  // pass-through rejection handler, tagged with its promise id.
  function opPromise(idAndPromise) {
    const wrapped = promiseCatch(idAndPromise[1], function __opRejectHandler(res) {
      throw res;
    });
    wrapped[promiseIdSymbol] = idAndPromise[0];
    return wrapped;
  }

  function byteLengthOf(source) {
    if (ArrayBuffer.isView(source)) return source.byteLength;
    if (source instanceof ArrayBuffer) return source.byteLength;
    if (typeof SharedArrayBuffer === "function" && source instanceof SharedArrayBuffer) return source.byteLength;
    throw new TypeError("expected ArrayBuffer or ArrayBufferView");
  }

  class UnsafePointerView {
    pointer;

    constructor(pointer) {
      this.pointer = pointer;
    }

    getBool(offset = 0) { return ffi.read("bool", this.pointer, offset); }
    getUint8(offset = 0) { return ffi.read("u8", this.pointer, offset); }
    getInt8(offset = 0) { return ffi.read("i8", this.pointer, offset); }
    getUint16(offset = 0) { return ffi.read("u16", this.pointer, offset); }
    getInt16(offset = 0) { return ffi.read("i16", this.pointer, offset); }
    getUint32(offset = 0) { return ffi.read("u32", this.pointer, offset); }
    getInt32(offset = 0) { return ffi.read("i32", this.pointer, offset); }
    getBigUint64(offset = 0) { return ffi.read("u64", this.pointer, BigInt(offset)); }
    getBigInt64(offset = 0) { return ffi.read("i64", this.pointer, BigInt(offset)); }
    getFloat32(offset = 0) { return ffi.read("f32", this.pointer, offset); }
    getFloat64(offset = 0) { return ffi.read("f64", this.pointer, offset); }
    getPointer(offset = 0) { return ffi.read("pointer", this.pointer, offset); }
    getCString(offset = 0) { return ffi.cstrRead(this.pointer, offset); }
    static getCString(pointer, offset = 0) { return ffi.cstrRead(pointer, offset); }
    getArrayBuffer(byteLength, offset = 0) { return ffi.getBuf(this.pointer, offset, byteLength); }
    static getArrayBuffer(pointer, byteLength, offset = 0) { return ffi.getBuf(pointer, offset, byteLength); }
    copyInto(destination, offset = 0) {
      ffi.bufCopyInto(this.pointer, offset, destination, byteLengthOf(destination));
    }
    static copyInto(pointer, destination, offset = 0) {
      ffi.bufCopyInto(pointer, offset, destination, byteLengthOf(destination));
    }
  }

  // Keeps a buffer alive as long as a pointer into it is.
  const pointerToBuffer = new WeakMap();

  class UnsafePointer {
    static create(value) {
      return ffi.ptrCreate(value);
    }

    static equals(a, b) {
      if (a === null || b === null) return a === b;
      return ffi.ptrEquals(a, b);
    }

    static of(value) {
      if (Object.prototype.isPrototypeOf.call(UnsafeCallbackPrototype, value)) return value.pointer;
      let pointer;
      if (ArrayBuffer.isView(value)) {
        pointer = ffi.ptrOf(value);
      } else if (value instanceof ArrayBuffer ||
        (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer)) {
        pointer = ffi.ptrOf(new Uint8Array(value));
      } else {
        throw new TypeError(
          `Cannot access pointer: expected 'ArrayBuffer', 'SharedArrayBuffer', 'ArrayBufferView' or 'UnsafeCallbackPrototype', received ${typeof value}`,
        );
      }
      if (pointer) pointerToBuffer.set(pointer, value);
      return pointer;
    }

    static offset(value, offset) {
      return ffi.ptrOffset(value, offset);
    }

    static value(value) {
      if (Object.prototype.isPrototypeOf.call(UnsafeCallbackPrototype, value)) value = value.pointer;
      return ffi.ptrValue(value);
    }
  }

  function isStruct(type) {
    return typeof type === "object" && type !== null && typeof type.struct === "object";
  }

  function sizeAndAlignment(type, cache = new Map()) {
    if (isStruct(type)) {
      const cached = cache.get(type);
      if (cached !== undefined) {
        if (cached === null) throw new TypeError("Cannot get pointer size: found recursive struct");
        return cached;
      }
      cache.set(type, null);
      let size = 0;
      let alignment = 1;
      for (const field of type.struct) {
        const [fieldSize, fieldAlign] = sizeAndAlignment(field, cache);
        alignment = Math.max(alignment, fieldAlign);
        size = Math.ceil(size / fieldAlign) * fieldAlign;
        size += fieldSize;
      }
      size = Math.ceil(size / alignment) * alignment;
      const result = [size, alignment];
      cache.set(type, result);
      return result;
    }
    switch (type) {
      case "bool": case "u8": case "i8": return [1, 1];
      case "u16": case "i16": return [2, 2];
      case "u32": case "i32": case "f32": return [4, 4];
      case "u64": case "i64": case "f64": case "pointer": case "buffer": case "function":
      case "usize": case "isize":
        return [8, 8];
      default:
        throw new TypeError(`Cannot get pointer size, unsupported type: ${type}`);
    }
  }

  class UnsafeFnPointer {
    pointer;
    definition;
    #structSize;

    constructor(pointer, definition) {
      this.pointer = pointer;
      this.definition = definition;
      this.#structSize = isStruct(definition.result) ? sizeAndAlignment(definition.result)[0] : null;
    }

    call(...parameters) {
      if (this.definition.nonblocking) {
        if (this.#structSize === null) {
          return opPromise(ffi.callPtrNonblocking(this.pointer, this.definition, parameters));
        }
        const buffer = new Uint8Array(this.#structSize);
        return promiseThen(
          opPromise(ffi.callPtrNonblocking(this.pointer, this.definition, parameters, buffer)),
          () => buffer,
        );
      }
      if (this.#structSize === null) {
        return ffi.callPtr(this.pointer, this.definition, parameters);
      }
      const buffer = new Uint8Array(this.#structSize);
      ffi.callPtr(this.pointer, this.definition, parameters, buffer);
      return buffer;
    }
  }

  // The version profile decides how ref()/unref() keep the loop alive and what they return
  // (docs/profiles.md): "global" (deno-1.26: one counter for all callbacks), "cancelable"
  // (deno-1.30: ref() starts an op, unref() cancels the callback for good), "toggled" (1.31+).
  const { refModel, refReturnsCount, hasThreadSafe } = ffi.profile;

  class UnsafeCallback {
    #refcount;
    // The callback's ref op: while ref'ed, it keeps the loop alive.
    #refpromise;
    #rid;
    definition;
    callback;
    pointer;

    constructor(definition, callback) {
      if (definition.nonblocking) {
        throw new TypeError("Cannot construct UnsafeCallback: cannot be nonblocking");
      }
      const [rid, pointer] = ffi.callbackCreate(definition, callback);
      this.#refcount = 0;
      this.#rid = rid;
      this.pointer = pointer;
      this.definition = definition;
      this.callback = callback;
    }

    static threadSafe(definition, callback) {
      const unsafeCallback = new UnsafeCallback(definition, callback);
      unsafeCallback.ref();
      return unsafeCallback;
    }

    ref() {
      if (this.#refcount++ === 0) {
        if (refModel !== "toggled") {
          // deno-1.26: the global counter goes up; deno-1.30: a new ref op every time.
          ffi.callbackSetRef(this.#rid, true);
        } else if (this.#refpromise) {
          ffi.callbackSetRef(this.#rid, true);
        } else {
          // Deno's async op: a failure (a closed callback) becomes a rejected promise.
          let id;
          try {
            id = ffi.callbackRefOp(this.#rid);
          } catch (error) {
            this.#refpromise = Promise.reject(error);
            return this.#refcount;
          }
          this.#refpromise = { id };
          ffi.callbackSetRef(this.#rid, true);
        }
      }
      if (ffi.tracing) ffi.callbackRefCount(this.#rid, this.#refcount, true);
      return refReturnsCount ? this.#refcount : undefined;
    }

    unref() {
      if (this.#refcount > 0 && --this.#refcount === 0) {
        ffi.callbackSetRef(this.#rid, false);
      }
      if (ffi.tracing) ffi.callbackRefCount(this.#rid, this.#refcount, false);
      return refReturnsCount ? this.#refcount : undefined;
    }

    close() {
      this.#refcount = 0;
      ffi.callbackClose(this.#rid);
    }
  }
  if (!hasThreadSafe) delete UnsafeCallback.threadSafe;

  const UnsafeCallbackPrototype = UnsafeCallback.prototype;

  class DynamicLibrary {
    #rid;
    symbols = { __proto__: null };

    constructor(path, symbols) {
      ({ 0: this.#rid, 1: this.symbols } = ffi.load(path, symbols));
      for (const symbol in symbols) {
        if (!Object.prototype.hasOwnProperty.call(symbols, symbol)) continue;
        // An optional symbol that was not found is null already.
        if (symbols[symbol] === null) continue;

        if (Reflect.has(symbols[symbol], "type")) {
          const type = symbols[symbol].type;
          if (type === "void") {
            throw new TypeError("Foreign symbol of type 'void' is not supported");
          }
          const name = symbols[symbol].name || symbol;
          const value = ffi.getStatic(this.#rid, name, type, symbols[symbol].optional);
          Object.defineProperty(this.symbols, symbol, {
            __proto__: null,
            configurable: false,
            enumerable: true,
            writable: false,
            value,
          });
          continue;
        }
        const resultType = symbols[symbol].result;
        const isStructResult = isStruct(resultType);
        const structSize = isStructResult ? sizeAndAlignment(resultType)[0] : 0;

        if (symbols[symbol].nonblocking) {
          const start = this.symbols[symbol];
          if (start === null) continue;
          Object.defineProperty(this.symbols, symbol, {
            __proto__: null,
            configurable: false,
            enumerable: true,
            writable: false,
            value: (...parameters) => {
              if (isStructResult) {
                const buffer = new Uint8Array(structSize);
                return promiseThen(opPromise(start(parameters, buffer)), () => buffer);
              }
              return opPromise(start(parameters));
            },
          });
        }
      }
    }

    close() {
      ffi.closeLibrary(this.#rid);
    }
  }

  function dlopen(path, symbols) {
    if (typeof path === "object" && path !== null && typeof path.href === "string" &&
      path.protocol === "file:") {
      path = decodeURIComponent(path.pathname);
    }
    return new DynamicLibrary(path, symbols);
  }

  Object.defineProperties(Deno, {
    dlopen: { value: dlopen, writable: true, enumerable: true, configurable: true },
    UnsafeCallback: { value: UnsafeCallback, writable: true, enumerable: true, configurable: true },
    UnsafeFnPointer: { value: UnsafeFnPointer, writable: true, enumerable: true, configurable: true },
    UnsafePointer: { value: UnsafePointer, writable: true, enumerable: true, configurable: true },
    UnsafePointerView: { value: UnsafePointerView, writable: true, enumerable: true, configurable: true },
  });
})
