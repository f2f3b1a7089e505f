// The script-facing globals that are easiest to state in JavaScript: console, the timer
// functions' argument checks and their Timeout handles. Everything that orders work (timer
// lists, microtasks, ticks) lives in C++ (engine.cpp, timerlist.cpp).
(function (api, native) {
  "use strict";
  const { formatArgs, inspect } = api;

  // --- console ---------------------------------------------------------------------------
  let groupIndent = "";
  const counts = new Map();
  const timers = new Map();
  const emit = (stream, text) => {
    if (groupIndent !== "") {
      text = groupIndent + text.split("\n").join("\n" + groupIndent);
    }
    native.print(stream, text);
  };
  const STDOUT = 0;
  const STDERR = 1;
  const console = {
    log: (...args) => emit(STDOUT, formatArgs(args)),
    info: (...args) => emit(STDOUT, formatArgs(args)),
    debug: (...args) => emit(STDOUT, formatArgs(args)),
    warn: (...args) => emit(STDERR, formatArgs(args)),
    error: (...args) => emit(STDERR, formatArgs(args)),
    dir: (...args) => emit(STDOUT, formatArgs(args.length ? [args[0]] : [undefined], args[1])),
    dirxml: (...args) => emit(STDOUT, formatArgs(args)),
    assert: (condition = false, ...args) => {
      if (condition) return;
      if (args.length === 0) {
        emit(STDERR, "Assertion failed");
      } else if (typeof args[0] === "string") {
        emit(STDERR, formatArgs([`Assertion failed: ${args[0]}`, ...args.slice(1)]));
      } else {
        emit(STDERR, formatArgs(["Assertion failed:", ...args]));
      }
    },
    count: (label = "default") => {
      label = String(label);
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      emit(STDOUT, `${label}: ${n}`);
    },
    countReset: (label = "default") => {
      label = String(label);
      if (counts.has(label)) counts.set(label, 0);
      else emit(STDERR, `Count for '${label}' does not exist`);
    },
    group: (...args) => {
      if (args.length > 0) emit(STDOUT, formatArgs(args));
      groupIndent += "  ";
    },
    groupCollapsed: (...args) => console.group(...args),
    groupEnd: () => {
      groupIndent = groupIndent.slice(0, groupIndent.length - 2);
    },
    time: (label = "default") => {
      label = String(label);
      if (timers.has(label)) {
        emit(STDERR, `Timer '${label}' already exists`);
        return;
      }
      timers.set(label, native.now());
    },
    timeLog: (label = "default", ...args) => {
      label = String(label);
      if (!timers.has(label)) {
        emit(STDERR, `Timer '${label}' does not exist`);
        return;
      }
      const ms = native.now() - timers.get(label);
      emit(STDOUT, formatArgs([`${label}: ${ms.toFixed(0)}ms`, ...args]));
    },
    timeEnd: (label = "default") => {
      label = String(label);
      if (!timers.has(label)) {
        emit(STDERR, `Timer '${label}' does not exist`);
        return;
      }
      const ms = native.now() - timers.get(label);
      timers.delete(label);
      emit(STDOUT, `${label}: ${ms.toFixed(0)}ms`);
    },
    trace: (...args) => {
      const err = { name: "Trace", message: formatArgs(args) };
      Error.captureStackTrace(err, console.trace);
      emit(STDERR, err.stack);
    },
    table: (...args) => emit(STDOUT, formatArgs(args)),
  };
  Object.defineProperty(globalThis, "console", {
    value: console, writable: true, enumerable: false, configurable: true,
  });

  // --- timers ----------------------------------------------------------------------------
  // Node's argument check, as Deno 2.9's node:timers reports it.
  // Node's util.inspect quoting (single quotes first), which its error messages use.
  function nodeQuote(str) {
    let quote = "'";
    if (str.includes("'")) {
      if (!str.includes('"')) quote = '"';
      else if (!str.includes("`") && !str.includes("${")) quote = "`";
    }
    const escaped = str.replace(/[\\\x00-\x1f\x7f]/g, (c) => {
      const map = { "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v", "\\": "\\\\" };
      return map[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`;
    });
    return quote + (quote === "'" ? escaped.replaceAll("'", "\\'") : escaped) + quote;
  }
  // Node's determineSpecificType, for ERR_INVALID_ARG_TYPE messages.
  function describeReceived(value) {
    if (value == null) return ` Received ${value}`;
    if (typeof value === "function") {
      return ` Received function ${value.name}`;
    }
    if (typeof value === "object") {
      if (value.constructor?.name) {
        return ` Received an instance of ${value.constructor.name}`;
      }
      return ` Received ${inspect(value, { depth: -1 })}`;
    }
    let shown = typeof value === "string" ? nodeQuote(value) : inspect(value);
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    return ` Received type ${typeof value} (${shown})`;
  }
  function checkCallback(callback) {
    if (typeof callback === "function") return;
    const err = new TypeError(
      `The "callback" argument must be of type function.${describeReceived(callback)}`,
    );
    err.code = "ERR_INVALID_ARG_TYPE";
    Object.defineProperty(err, "name", {
      value: "TypeError", enumerable: false, configurable: true, writable: true,
    });
    err.stack = err.stack.replace(/^TypeError/, "TypeError [ERR_INVALID_ARG_TYPE]");
    throw err;
  }

  // The handle is Node's Timeout (Deno 2.9 runs node:timers): the same own fields, kept up to
  // date here and by the engine (which sets _destroyed once a timeout has fired).
  const kId = Symbol("timerId");
  const TIMEOUT_MAX = 2 ** 31 - 1;
  let nextAsyncId = 1;
  class Timeout {
    ref() { native.timerRef(this[kId], true); return this; }
    unref() { native.timerRef(this[kId], false); return this; }
    hasRef() { return native.timerHasRef(this[kId]); }
    refresh() {
      if (this._destroyed) {
        // A timeout that fired naturally (callback still set) is armed again.
        if (this._onTimeout !== null) {
          this._destroyed = false;
          this[kId] = native.createTimer(this._onTimeout, this._idleTimeout, this._timerArgs, this._repeat, this);
        }
      } else {
        native.timerRefresh(this[kId]);
      }
      this._idleStart = Date.now();
      return this;
    }
    close() { destroyTimeout(this); return this; }
    [Symbol.toPrimitive]() { return this[kId]; }
  }
  function makeTimeout(callback, delay, args, repeat) {
    let after = delay === undefined ? 1 : delay * 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;
    const t = Object.create(Timeout.prototype);
    t._idleTimeout = after;
    t._idleStart = Date.now();
    t._idlePrev = null;
    t._idleNext = null;
    t._onTimeout = callback;
    t._timerArgs = args;
    t._repeat = repeat;
    t._destroyed = false;
    t._asyncId = nextAsyncId++;
    t._triggerAsyncId = 0;
    t._asyncDestroyed = false;
    Object.defineProperty(t, kId, { value: native.createTimer(callback, delay, args, repeat, t), writable: true });
    return t;
  }
  function destroyTimeout(t) {
    if (t._destroyed) return;
    t._destroyed = true;
    t._idleTimeout = -1;
    t._idleStart = Date.now();
    t._onTimeout = null;
    native.clearTimer(t[kId]);
  }
  const idOf = (handle) => {
    if (handle == null) return undefined;
    const n = +handle;
    return Number.isFinite(n) ? n : undefined;
  };

  function setTimeout(callback, delay, ...args) {
    checkCallback(callback);
    return makeTimeout(callback, delay, args, false);
  }
  function setInterval(callback, delay, ...args) {
    checkCallback(callback);
    return makeTimeout(callback, delay, args, true);
  }
  function clearTimeout(handle) {
    if (handle instanceof Timeout) return destroyTimeout(handle);
    const id = idOf(handle);
    if (id !== undefined) native.clearTimer(id);
  }
  function clearInterval(handle) {
    clearTimeout(handle);
  }
  // --- immediates and ticks (Deno 2.9's node:timers and node:process globals) -----------
  const kImmediate = Symbol("immediateId");
  class Immediate {
    ref() { native.immediateRef(this[kImmediate], true); return this; }
    unref() { native.immediateRef(this[kImmediate], false); return this; }
    hasRef() { return native.immediateHasRef(this[kImmediate]); }
  }
  function setImmediate(callback, ...args) {
    checkCallback(callback);
    const i = Object.create(Immediate.prototype);
    Object.defineProperty(i, kImmediate, { value: native.setImmediate(callback, args, i) });
    return i;
  }
  function clearImmediate(handle) {
    if (handle && typeof handle === "object" && kImmediate in handle) {
      native.clearImmediate(handle[kImmediate]);
    }
  }

  function nextTick(callback, ...args) {
    checkCallback(callback);
    native.queueTick(callback, args);
  }

  // A small `process`: what scripts written for Deno commonly touch.
  const exitCodeOf = (code) => {
    if (code === undefined || code === null) return undefined;
    const n = Number(code);
    if (!Number.isInteger(n)) {
      throw new TypeError(`The "code" argument must be an integer. Received ${inspect(code)}`);
    }
    return n;
  };
  const process = {
    nextTick,
    pid: native.pid,
    ppid: native.ppid,
    platform: "linux",
    arch: "x64",
    argv: ["deno", native.scriptPath],
    argv0: "deno",
    execArgv: [],
    env: {},
    versions: { deno: "2.9.6", v8: "10.2" },
    release: { name: "node" },
    get exitCode() { return native.getExitCode(); },
    set exitCode(code) { native.setExitCode(exitCodeOf(code) ?? 0); },
    exit(code) { native.exit(exitCodeOf(code) ?? native.getExitCode()); },
    hrtime: Object.assign((prev) => {
      const now = native.now();
      const sec = Math.floor(now / 1000);
      const nsec = Math.floor((now - sec * 1000) * 1e6);
      if (!prev) return [sec, nsec];
      let s = sec - prev[0], n = nsec - prev[1];
      if (n < 0) { s -= 1; n += 1e9; }
      return [s, n];
    }, { bigint: () => BigInt(Math.floor(native.now() * 1e6)) }),
    cwd: () => native.cwd,
    emitWarning: (warning, type = "Warning") => native.emitWarning(String(type), String(warning)),
  };

  const Deno = {
    exit(code) { native.exit(exitCodeOf(code) ?? native.getExitCode()); },
    get exitCode() { return native.getExitCode(); },
    set exitCode(code) { native.setExitCode(exitCodeOf(code) ?? 0); },
    inspect: (value, options) => inspect(value, options),
    pid: native.pid,
    ppid: native.ppid,
    args: [],
    noColor: true,
    build: { os: "linux", arch: "x86_64", target: "x86_64-unknown-linux-gnu" },
    version: { deno: "2.9.6", v8: "10.2", typescript: "" },
    cwd: () => native.cwd,
  };
  Object.defineProperty(globalThis, "Deno", {
    value: Deno, writable: false, enumerable: true, configurable: true,
  });

  // --- events on globalThis (load, beforeunload, unload, unhandledrejection, error) -----
  class Event {
    #canceled = false;
    #stop = false;
    constructor(type, init = {}) {
      if (arguments.length === 0) {
        throw new TypeError("Failed to construct 'Event': 1 argument required, but only 0 present.");
      }
      Object.defineProperty(this, "type", { value: String(type), enumerable: true });
      this.bubbles = !!init.bubbles;
      this.cancelable = !!init.cancelable;
      this.composed = !!init.composed;
      this.target = null;
      this.currentTarget = null;
      this.timeStamp = native.now();
    }
    get defaultPrevented() { return this.#canceled; }
    get returnValue() { return !this.#canceled; }
    set returnValue(v) { if (!v) this.preventDefault(); }
    preventDefault() { if (this.cancelable) this.#canceled = true; }
    stopPropagation() {}
    stopImmediatePropagation() { this.#stop = true; }
    static isStopped(event) { return event.#stop; }
  }
  class ErrorEvent extends Event {
    constructor(type, init = {}) {
      super(type, init);
      this.message = init.message ?? "";
      this.filename = init.filename ?? "";
      this.lineno = init.lineno ?? 0;
      this.colno = init.colno ?? 0;
      this.error = init.error;
    }
  }
  class PromiseRejectionEvent extends Event {
    constructor(type, init = {}) {
      super(type, init);
      this.promise = init.promise;
      this.reason = init.reason;
    }
  }
  // EventTarget, and globalThis as a Window (Deno: Window.prototype -> EventTarget.prototype).
  const listenerMaps = new WeakMap();
  const listenersOf = (target) => {
    let map = listenerMaps.get(target);
    if (!map) listenerMaps.set(target, (map = new Map()));
    return map;
  };
  const listenerOf = (listener) =>
    typeof listener === "function" ? listener : (e) => listener.handleEvent(e);
  class EventTarget {
    addEventListener(type, listener, options) {
      if (listener == null) return;
      type = String(type);
      const once = typeof options === "object" && options !== null && !!options.once;
      const map = listenersOf(this ?? globalThis);
      const list = map.get(type) ?? [];
      if (list.some((l) => l.listener === listener)) return;
      list.push({ listener, once, removed: false });
      map.set(type, list);
    }
    removeEventListener(type, listener) {
      const list = listenersOf(this ?? globalThis).get(String(type));
      if (!list) return;
      const i = list.findIndex((l) => l.listener === listener);
      if (i >= 0) {
        list[i].removed = true;
        list.splice(i, 1);
      }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      }
      const target = this ?? globalThis;
      event.target = target;
      event.currentTarget = target;
      for (const entry of [...(listenersOf(target).get(event.type) ?? [])]) {
        if (entry.removed) continue;
        if (entry.once) target.removeEventListener(event.type, entry.listener);
        try {
          listenerOf(entry.listener).call(target, event);
        } catch (error) {
          reportException(error);
        }
        if (Event.isStopped(event)) break;
      }
      event.currentTarget = null;
      return !event.defaultPrevented;
    }
  }
  class Window extends EventTarget {
    get [Symbol.toStringTag]() { return "Window"; }
  }
  Object.setPrototypeOf(globalThis, Window.prototype);
  const dispatchEvent = (event) => globalThis.dispatchEvent(event);
  const addEventListener = (type, listener, options) => globalThis.addEventListener(type, listener, options);
  // on<type> handlers: registered as a listener when first set, as the web platform does.
  for (const type of ["load", "beforeunload", "unload", "unhandledrejection", "rejectionhandled", "error"]) {
    let handler = null;
    let registered = false;
    const wrapper = (event) => {
      if (typeof handler !== "function") return;
      const result = handler.call(globalThis, event);
      if (result === false && type !== "beforeunload") event.preventDefault();
    };
    Object.defineProperty(globalThis, `on${type}`, {
      get: () => handler,
      set: (value) => {
        handler = typeof value === "function" ? value : null;
        if (!registered && handler) {
          registered = true;
          addEventListener(type, wrapper);
        }
      },
      enumerable: true,
      configurable: true,
    });
  }
  // Deno's reportException: an "error" event first; only if nobody prevents it does the
  // exception end the run.
  let reportDepth = 0;
  function reportException(error) {
    reportDepth++;
    try {
      const event = new ErrorEvent("error", {
        cancelable: true,
        message: native.exceptionMessage(error),
        error,
      });
      if (reportDepth > 1 || dispatchEvent(event)) native.dispatchException(error);
    } finally {
      reportDepth--;
    }
    return true; // reported: handled by a listener, or dispatched
  }
  for (const [name, value] of Object.entries({ Event, ErrorEvent, PromiseRejectionEvent, EventTarget, Window })) {
    Object.defineProperty(globalThis, name, { value, writable: true, enumerable: false, configurable: true });
  }
  // reportError(e): report an exception as if uncaught, without throwing.
  const reportError = (error) => { reportException(error); };
  Object.defineProperty(reportError, "name", { value: "reportError" });
  Object.defineProperty(globalThis, "reportError", { value: reportError, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(globalThis, "global", { value: globalThis, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(globalThis, "self", {
    get: () => globalThis,
    set: (value) => Object.defineProperty(globalThis, "self", { value, writable: true, enumerable: true, configurable: true }),
    enumerable: true,
    configurable: true,
  });
  const events = {
    // Returns true when a listener cancelled the event.
    lifecycle: (type) => !dispatchEvent(new Event(type, { cancelable: type === "beforeunload" })),
    rejection: (promise, reason) =>
      !dispatchEvent(new PromiseRejectionEvent("unhandledrejection", { cancelable: true, promise, reason })),
    rejectionHandled: (promise, reason) =>
      !dispatchEvent(new PromiseRejectionEvent("rejectionhandled", { promise, reason })),
    reportException,
  };

  return {
    events,
    timers: { setTimeout, setInterval, clearTimeout, clearInterval, setImmediate, clearImmediate },
    process: { process },
  };
})
