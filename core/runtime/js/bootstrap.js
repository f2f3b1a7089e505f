// The script-facing globals that are easiest to state in JavaScript: console, the timer
// functions' argument checks and their Timeout handles. Everything that orders work (timer
// lists, microtasks, ticks) lives in C++ (engine.cpp, timerlist.cpp).
(function (api, native) {
  "use strict";
  const { formatArgs, inspect } = api;

  // --- console ---------------------------------------------------------------------------
  // Deno 2.9.6's console: the methods of ext/web's Console (group indentation, assert,
  // count, table, time*, trace, clear, dir), as the real binary behaves where that differs
  // from the published ext/web source: count, timeEnd, trace and the label warnings are
  // written without the group indentation; group prints its label through the console
  // object's current `log`; console.table gives any non-array iterable an "(iter idx)"
  // column, makes a column per `properties` entry (duplicates included) and treats some
  // failing reads as empty. tests/tools/console-methods/ compares all of it with Deno.
  // Everything user code could patch by the time a method runs is captured here first.
  const {
    tableCellWidth, isProxy, isMap: isMapObject, isSet: isSetObject, inspectWithColors,
  } = api.consoleHelpers;
  const ReflectApply = Reflect.apply;
  const ReflectHas = Reflect.has;
  const uncurry = (fn) => (self, ...args) => ReflectApply(fn, self, args);
  const ObjectKeys = Object.keys;
  const ObjectCreate = Object.create;
  const ObjectHasOwn = Object.hasOwn;
  const ObjectDefineProperty = Object.defineProperty;
  const ArrayIsArray = Array.isArray;
  const NumberIsInteger = Number.isInteger;
  const StringCtor = String;
  const ErrorCtor = Error;
  const TypeErrorCtor = TypeError;
  const ErrorCaptureStackTrace = Error.captureStackTrace;
  const SymbolIterator = Symbol.iterator;
  const SymbolToStringTag = Symbol.toStringTag;
  const FunctionPrototypeBind = uncurry(Function.prototype.bind);
  const NumberPrototypeToFixed = uncurry(Number.prototype.toFixed);
  const StringPrototypeRepeat = uncurry(String.prototype.repeat);
  const StringPrototypeReplaceAll = uncurry(String.prototype.replaceAll);
  const StringPrototypeSlice = uncurry(String.prototype.slice);
  const ArrayPrototypeJoin = uncurry(Array.prototype.join);
  const SafeMap = Map;
  const MapPrototypeGet = uncurry(Map.prototype.get);
  const MapPrototypeSet = uncurry(Map.prototype.set);
  const MapPrototypeHas = uncurry(Map.prototype.has);
  const MapPrototypeDelete = uncurry(Map.prototype.delete);
  const MapPrototypeForEach = uncurry(Map.prototype.forEach);
  const SetPrototypeForEach = uncurry(Set.prototype.forEach);
  // V8's own console: console.context is its native method (Deno copies it over too).
  const v8Console = globalThis.console;

  const STDOUT = 0;
  const STDERR = 1;
  const DEFAULT_INDENT = "  ";
  let groupLevel = 0;
  const print = (stream, text) => native.print(stream, text);
  // Deno's inspectArgs: `indentLevel` group indents in front of every line.
  const indented = (text, level) => {
    if (!(level > 0)) return text;
    const indent = StringPrototypeRepeat(DEFAULT_INDENT, level);
    return indent + StringPrototypeReplaceAll(text, "\n", "\n" + indent);
  };
  // The indentation is the one in force when the call starts (a custom inspector may open a
  // group while the arguments are being formatted).
  const emit = (stream, args) => {
    const level = groupLevel;
    print(stream, indented(formatArgs(args), level));
  };

  const counts = new SafeMap();
  const timers = new SafeMap();

  function formatDuration(label) {
    let duration = native.now() - MapPrototypeGet(timers, label);
    if (duration < 1) duration = NumberPrototypeToFixed(duration, 3);
    else if (duration < 10) duration = NumberPrototypeToFixed(duration, 2);
    else if (duration < 100) duration = NumberPrototypeToFixed(duration, 1);
    else duration = NumberPrototypeToFixed(duration, 0);
    return `${label}: ${duration}ms`;
  }

  // --- console.table -----------------------------------------------------------------------
  const tableChars = {
    middleMiddle: "\u2500", rowMiddle: "\u253c", topRight: "\u2510", topLeft: "\u250c",
    leftMiddle: "\u251c", topMiddle: "\u252c", bottomRight: "\u2518", bottomLeft: "\u2514",
    bottomMiddle: "\u2534", rightMiddle: "\u2524", left: "\u2502 ", right: " \u2502",
    middle: " \u2502 ",
  };
  const tableValueOptions = { depth: 1, compact: true, breakLength: Infinity };
  const tableStringOptions = { compact: true, maxStringLength: null };
  const STR_ABBREVIATE_SIZE = 10000;
  // A cell: strings quoted (cut at 10000 characters), everything else inspected two levels
  // deep on one line.
  function tableCell(value) {
    if (typeof value === "string") {
      if (value.length > STR_ABBREVIATE_SIZE) {
        value = StringPrototypeSlice(value, 0, STR_ABBREVIATE_SIZE) + "...";
      }
      return inspect(value, tableStringOptions);
    }
    return inspect(value, tableValueOptions);
  }
  // A canonical array index ("0" .. "4294967294"), which a JS object lists first.
  const isArrayIndexKey = (key) => {
    if (typeof key !== "string" || key.length === 0 || key.length > 10) return false;
    if (key.length > 1 && key[0] === "0") return false;
    for (let i = 0; i < key.length; i++) {
      if (key[i] < "0" || key[i] > "9") return false;
    }
    return +key < 4294967295;
  };
  function renderRow(row, widths, rightAlign) {
    let out = tableChars.left;
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      const padding = StringPrototypeRepeat(" ", widths[i] - tableCellWidth(cell));
      out += rightAlign !== undefined && rightAlign[i] ? padding + cell : cell + padding;
      if (i !== row.length - 1) out += tableChars.middle;
    }
    return out + tableChars.right;
  }
  function cliTable(head, columns) {
    const widths = [];
    const rightAlign = [];
    let longest = 0;
    for (let i = 0; i < columns.length; i++) {
      if (columns[i].length > longest) longest = columns[i].length;
    }
    const rows = [];
    for (let j = 0; j < longest; j++) rows[j] = [];
    for (let i = 0; i < head.length; i++) {
      widths[i] = tableCellWidth(head[i]);
      rightAlign[i] = true;
      const column = columns[i];
      for (let j = 0; j < longest; j++) {
        const value = column !== undefined && j < column.length ? column[j] : "";
        rows[j][i] = value;
        const width = tableCellWidth(value);
        if (width > widths[i]) widths[i] = width;
        if (!NumberIsInteger(+value)) rightAlign[i] = false;
      }
    }
    const divider = [];
    for (let i = 0; i < widths.length; i++) {
      divider[i] = StringPrototypeRepeat(tableChars.middleMiddle, widths[i] + 2);
    }
    let result = tableChars.topLeft + ArrayPrototypeJoin(divider, tableChars.topMiddle) +
      tableChars.topRight + "\n" + renderRow(head, widths) + "\n" +
      tableChars.leftMiddle + ArrayPrototypeJoin(divider, tableChars.rowMiddle) +
      tableChars.rightMiddle + "\n";
    for (let j = 0; j < rows.length; j++) {
      result += renderRow(rows[j], widths, rightAlign) + "\n";
    }
    return result + tableChars.bottomLeft + ArrayPrototypeJoin(divider, tableChars.bottomMiddle) +
      tableChars.bottomRight;
  }
  // V8's IsArray: no proxies.
  const isPlainArray = (value) => !isProxy(value) && ArrayIsArray(value);
  // What Deno's table reads without letting an exception out (a revoked proxy, throwing
  // traps, a throwing toString of a `properties` entry): the read counts as "nothing".
  const quietGet = (obj, key) => {
    try {
      return obj[key];
    } catch {
      return undefined;
    }
  };
  const quietKeys = (obj) => {
    try {
      return ObjectKeys(obj);
    } catch {
      return [];
    }
  };
  const quietHas = (obj, key) => {
    try {
      return ReflectHas(obj, key);
    } catch {
      return false;
    }
  };
  const quietString = (value) => {
    try {
      return `${value}`;
    } catch {
      return "";
    }
  };
  // The iteration of Deno's table, with its own error messages.
  function iterateForTable(data) {
    const method = data[SymbolIterator];
    if (typeof method !== "function") throw new TypeErrorCtor("not iterable");
    const iterator = ReflectApply(method, data, []);
    if (iterator === null || (typeof iterator !== "object" && typeof iterator !== "function")) {
      throw new TypeErrorCtor("iterator is not an object");
    }
    const next = iterator.next;
    if (typeof next !== "function") throw new TypeErrorCtor("iterator.next is not a function");
    const rows = [];
    let n = 0;
    for (;;) {
      const result = ReflectApply(next, iterator, []);
      if (result === null || (typeof result !== "object" && typeof result !== "function")) {
        throw new TypeErrorCtor("iterator result is not an object");
      }
      if (result.done) break;
      rows[n++] = result.value;
    }
    return rows;
  }
  const table = (data = undefined, properties = undefined) => {
    if (properties !== undefined && !isPlainArray(properties)) {
      const err = new ErrorCtor(
        "The 'properties' argument must be of type Array: received type " + typeof properties,
      );
      ErrorCaptureStackTrace(err, table);
      throw err;
    }
    if (data === null || typeof data !== "object") {
      emit(STDOUT, [data]);
      return;
    }

    let rowsOf = data;
    let indexKey = "(idx)";
    let isMap = false;
    if (isSetObject(data)) {
      indexKey = "(iter idx)";
      rowsOf = [];
      let n = 0;
      SetPrototypeForEach(data, (v) => { rowsOf[n++] = v; });
    } else if (isMapObject(data)) {
      indexKey = "(iter idx)";
      isMap = true;
      rowsOf = { __proto__: null };
      let n = 0;
      MapPrototypeForEach(data, (v, k) => { rowsOf[n++] = { Key: k, Values: v }; });
    } else if (!isPlainArray(data) && typeof quietGet(data, SymbolIterator) === "function") {
      indexKey = "(iter idx)";
      rowsOf = iterateForTable(data);
    }

    const keys = quietKeys(rowsOf);
    const numRows = keys.length;
    const emptyColumn = () => {
      const cells = [];
      for (let i = 0; i < numRows; i++) cells[i] = "";
      return cells;
    };
    // Columns in creation order; with `properties`, one per entry (duplicates included: a
    // value goes to the first column of its name, the others stay empty).
    const columns = [];
    const firstColumn = new SafeMap();
    const addColumn = (key) => {
      const column = { key, cells: emptyColumn() };
      columns[columns.length] = column;
      if (!MapPrototypeHas(firstColumn, key)) MapPrototypeSet(firstColumn, key, column);
      return column;
    };
    let propertyKeys;
    if (properties !== undefined) {
      propertyKeys = [];
      for (let i = 0; i < properties.length; i++) {
        const p = properties[i];
        const key = quietString(p);
        propertyKeys[i] = key;
        addColumn(key);
      }
    }
    const indexKeys = [];
    const values = [];
    let hasPrimitives = false;
    for (let idx = 0; idx < numRows; idx++) {
      const k = keys[idx];
      const value = rowsOf[k];
      const primitive = value === null ||
        (typeof value !== "function" && typeof value !== "object");
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        values[idx] = tableCell(value);
      } else {
        const valueObj = value || {};
        const rowKeys = propertyKeys !== undefined ? propertyKeys : quietKeys(valueObj);
        for (let i = 0; i < rowKeys.length; i++) {
          const key = rowKeys[i];
          if (!primitive && quietHas(valueObj, key)) {
            const column = MapPrototypeHas(firstColumn, key)
              ? MapPrototypeGet(firstColumn, key)
              : addColumn(key);
            column.cells[idx] = tableCell(valueObj[key]);
          }
        }
        values[idx] = "";
      }
      indexKeys[idx] = k;
    }

    // Array-index keys first in ascending order, the rest in creation order (the key order
    // of a JS object).
    const ordered = [];
    const indexColumns = [];
    for (let i = 0; i < columns.length; i++) {
      if (isArrayIndexKey(columns[i].key)) indexColumns[indexColumns.length] = columns[i];
    }
    for (let i = 1; i < indexColumns.length; i++) {
      const column = indexColumns[i];
      let j = i - 1;
      for (; j >= 0 && +indexColumns[j].key > +column.key; j--) indexColumns[j + 1] = indexColumns[j];
      indexColumns[j + 1] = column;
    }
    for (let i = 0; i < indexColumns.length; i++) ordered[ordered.length] = indexColumns[i];
    for (let i = 0; i < columns.length; i++) {
      if (!isArrayIndexKey(columns[i].key)) ordered[ordered.length] = columns[i];
    }

    const header = [indexKey];
    const headerNames = propertyKeys !== undefined ? propertyKeys : [];
    if (propertyKeys === undefined) {
      for (let i = 0; i < ordered.length; i++) headerNames[i] = ordered[i].key;
      if (!isMap && hasPrimitives) headerNames[headerNames.length] = "Values";
    }
    for (let i = 0; i < headerNames.length; i++) {
      if (headerNames[i] !== "") header[header.length] = headerNames[i];
    }
    const body = [indexKeys];
    for (let i = 0; i < ordered.length; i++) body[body.length] = ordered[i].cells;
    body[body.length] = values;
    emit(STDOUT, [cliTable(header, body)]);
  };

  const trace = (...args) => {
    const err = { name: "Trace", message: formatArgs(args) };
    ErrorCaptureStackTrace(err, trace);
    print(STDERR, err.stack);
  };

  // V8's console.createTask (V8 10.2 does not have it yet) and console.context (V8 10.2's
  // lists the methods of the object it returns in another order). Bound, like the methods,
  // so that they print as native code.
  const nativeLike = (name, impl) => {
    const fn = FunctionPrototypeBind(impl, undefined);
    ObjectDefineProperty(fn, "name", { value: name, configurable: true });
    return fn;
  };
  const runImpl = (...args) => {
    const fn = args[0];
    if (typeof fn !== "function") {
      const err = new ErrorCtor("First argument must be a function.");
      ErrorCaptureStackTrace(err, runImpl);
      throw err;
    }
    return fn();
  };
  const createTaskImpl = (...args) => {
    const name = args[0];
    if (typeof name !== "string" || name === "") {
      const err = new ErrorCtor("First argument must be a non-empty string.");
      ErrorCaptureStackTrace(err, createTaskImpl);
      throw err;
    }
    return { run: nativeLike("run", runImpl) };
  };
  const contextKeys = [
    "dir", "dirXml", "table", "groupEnd", "clear", "count", "countReset", "profile",
    "profileEnd", "debug", "error", "info", "log", "warn", "trace", "group", "groupCollapsed",
    "assert", "time", "timeLog", "timeEnd", "timeStamp",
  ];
  const v8Context = v8Console !== undefined ? v8Console.context : undefined;
  const contextImpl = (name, ...rest) => {
    const args = [name];
    for (let i = 0; i < rest.length; i++) args[i + 1] = rest[i];
    const ctx = ReflectApply(v8Context, v8Console, args);
    const methodsOf = {};
    for (let i = 0; i < contextKeys.length; i++) {
      const key = contextKeys[i];
      methodsOf[key] = ctx[key];
      delete ctx[key];
    }
    for (let i = 0; i < contextKeys.length; i++) {
      const key = contextKeys[i];
      if (methodsOf[key] !== undefined) ctx[key] = methodsOf[key];
    }
    return ctx;
  };

  // console.group prints its label with whatever the console object's `log` is by then.
  function logLabel(label) {
    const log = console.log;
    if (typeof log !== "function") {
      throw new TypeErrorCtor("this[#consoleRef].log is not a function");
    }
    ReflectApply(log, console, label);
  }

  const methods = {
    log: (...args) => emit(STDOUT, args),
    debug: (...args) => emit(STDOUT, args),
    info: (...args) => emit(STDOUT, args),
    // The options are inspect options; an indentLevel among them (not undefined) replaces the
    // group's, and `colors` turns ANSI colors on whatever NO_COLOR says.
    dir: (obj = undefined, options = { __proto__: null }) => {
      const opts = { ...options };
      // Deno compares depths with an undefined depth, which never stops the recursion.
      if (ObjectHasOwn(opts, "depth") && opts.depth === undefined) opts.depth = null;
      const level = opts.indentLevel !== undefined ? opts.indentLevel : groupLevel;
      const text = opts.colors && typeof obj !== "string"
        ? inspectWithColors(obj, opts)
        : formatArgs([obj], opts);
      print(STDOUT, indented(text, level));
    },
    dirxml: (...args) => emit(STDOUT, args),
    warn: (...args) => emit(STDERR, args),
    error: (...args) => emit(STDERR, args),
    assert: (condition = false, ...args) => {
      if (condition) return;
      if (args.length === 0) {
        emit(STDERR, ["Assertion failed"]);
      } else if (typeof args[0] === "string") {
        args[0] = `Assertion failed: ${args[0]}`;
        emit(STDERR, args);
      } else {
        const rest = ["Assertion failed:"];
        for (let i = 0; i < args.length; i++) rest[i + 1] = args[i];
        emit(STDERR, rest);
      }
    },
    count: (label = "default") => {
      label = StringCtor(label);
      const n = (MapPrototypeHas(counts, label) ? MapPrototypeGet(counts, label) || 0 : 0) + 1;
      MapPrototypeSet(counts, label, n);
      print(STDOUT, `${label}: ${n}`);
    },
    countReset: (label = "default") => {
      label = StringCtor(label);
      if (MapPrototypeHas(counts, label)) MapPrototypeSet(counts, label, 0);
      else print(STDERR, `Count for '${label}' does not exist`);
    },
    table,
    time: (label = "default") => {
      label = StringCtor(label);
      if (MapPrototypeHas(timers, label)) {
        print(STDERR, `Timer '${label}' already exists`);
        return;
      }
      MapPrototypeSet(timers, label, native.now());
    },
    timeLog: (label = "default", ...args) => {
      label = StringCtor(label);
      if (!MapPrototypeHas(timers, label)) {
        print(STDERR, `Timer '${label}' does not exist`);
        return;
      }
      const line = [formatDuration(label)];
      for (let i = 0; i < args.length; i++) line[i + 1] = args[i];
      emit(STDOUT, line);
    },
    timeEnd: (label = "default") => {
      label = StringCtor(label);
      if (!MapPrototypeHas(timers, label)) {
        print(STDERR, `Timer '${label}' does not exist`);
        return;
      }
      const line = formatDuration(label);
      MapPrototypeDelete(timers, label);
      print(STDOUT, line);
    },
    group: (...label) => {
      if (label.length > 0) logLabel(label);
      groupLevel++;
    },
    groupCollapsed: (...label) => {
      if (label.length > 0) logLabel(label);
      groupLevel++;
    },
    groupEnd: () => {
      if (groupLevel > 0) groupLevel--;
    },
    clear: () => {
      groupLevel = 0;
      // Deno writes the escape codes as they are, without a newline.
      native.write(STDOUT, "\x1b[1;1H\x1b[0J");
    },
    trace,
    // No-ops unless an inspector is attached.
    profile: () => {},
    profileEnd: () => {},
    timeStamp: () => {},
  };

  // The console object as Deno builds it: a null-ish prototype ({}), the methods as own
  // properties (bound functions, named like the method, as Deno's wrapped ones), then
  // indentLevel, V8's extra methods and the instance brand.
  const console = ObjectCreate({}, {
    [SymbolToStringTag]: {
      enumerable: false, writable: false, configurable: true, value: "console",
    },
  });
  for (const name of ObjectKeys(methods)) {
    console[name] = nativeLike(name, methods[name]);
  }
  console.indentLevel = 0;
  console.createTask = nativeLike("createTask", createTaskImpl);
  if (typeof v8Context === "function") console.context = nativeLike("context", contextImpl);
  console[Symbol("isConsoleInstance")] = true;
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
  // Async ids as Node numbers them (1 is the main script), shared by Timeout and Immediate.
  let nextAsyncId = 2;
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
    // The delay is converted to a number once (valueOf/toString run once), as Node does.
    const number = delay === undefined ? undefined : delay * 1;
    let after = number === undefined ? 1 : number;
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
    Object.defineProperty(t, kId, { value: native.createTimer(callback, number, args, repeat, t), writable: true });
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
  // The handle is Node's Immediate, with its own fields, kept up to date here.
  const kImmediate = Symbol("immediateId");
  const kRefed = Symbol("refed");
  const kInspectCustom = Symbol("nodejs.util.inspect.custom");
  const immediateInspect = {
    [kInspectCustom](_depth, options) { return inspect(this, { ...options, depth: 0 }); },
  }[kInspectCustom];
  class Immediate {
    ref() {
      if (this[kRefed] === false) {
        this[kRefed] = true;
        native.immediateRef(this[kImmediate], true);
      }
      return this;
    }
    unref() {
      if (this[kRefed] === true) {
        this[kRefed] = false;
        native.immediateRef(this[kImmediate], false);
      }
      return this;
    }
    hasRef() { return !!this[kRefed]; }
  }
  function setImmediate(userCallback, ...args) {
    checkCallback(userCallback);
    const self = Object.create(Immediate.prototype);
    // Node calls the callback with the Immediate as `this`.
    const callback = (...argv) => {
      self._destroyed = true;
      self[kRefed] = null;
      try {
        return Reflect.apply(userCallback, self, argv);
      } finally {
        self._onImmediate = null;
      }
    };
    Object.defineProperty(self, kInspectCustom, { value: immediateInspect, writable: true, enumerable: true, configurable: true });
    self._idleNext = null;
    self._idlePrev = null;
    self._onImmediate = callback;
    self._argv = args;
    self._destroyed = false;
    self[kRefed] = true;
    self.asyncId = nextAsyncId++;
    self.triggerAsyncId = 0;
    Object.defineProperty(self, kImmediate, { value: native.setImmediate(callback, args, self) });
    return self;
  }
  function clearImmediate(handle) {
    if (handle && typeof handle === "object" && kImmediate in handle && !handle._destroyed) {
      handle._destroyed = true;
      handle[kRefed] = null;
      handle._onImmediate = null;
      native.clearImmediate(handle[kImmediate]);
    }
  }

  function nextTick(callback, ...args) {
    checkCallback(callback);
    native.queueTick(callback, args);
  }

  // Node's errors, as Deno's node polyfills build them.
  function nodeError(Ctor, code, message) {
    const err = new Ctor(message);
    err.code = code;
    err.stack = err.stack.replace(/^(\w+)/, `$1 [${code}]`);
    return err;
  }

  // A small `process`: what scripts written for Deno commonly touch. It is an EventEmitter
  // (exit, beforeExit, unhandledRejection, uncaughtException are emitted by the runtime).
  const processListeners = new Map();
  const listenersOfEvent = (name) => {
    let list = processListeners.get(name);
    if (!list) processListeners.set(name, (list = []));
    return list;
  };
  const checkListener = (listener) => {
    if (typeof listener !== "function") {
      throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE",
        `The "listener" argument must be of type function.${describeReceived(listener)}`);
    }
  };
  let processExitCode; // the raw value last assigned to process.exitCode
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
    _exiting: false,
    exit(code) {
      if (code !== undefined) process.exitCode = code;
      processExitCode = native.getExitCode();
      if (!process._exiting) {
        process._exiting = true;
        process.emit("exit", processExitCode);
      }
      native.exit();
    },
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
    on(name, listener) {
      checkListener(listener);
      listenersOfEvent(name).push({ listener, once: false });
      return this;
    },
    prependListener(name, listener) {
      checkListener(listener);
      listenersOfEvent(name).unshift({ listener, once: false });
      return this;
    },
    once(name, listener) {
      checkListener(listener);
      listenersOfEvent(name).push({ listener, once: true });
      return this;
    },
    prependOnceListener(name, listener) {
      checkListener(listener);
      listenersOfEvent(name).unshift({ listener, once: true });
      return this;
    },
    off(name, listener) {
      const list = listenersOfEvent(name);
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i].listener === listener) {
          list.splice(i, 1);
          break;
        }
      }
      return this;
    },
    removeAllListeners(name) {
      if (name === undefined) processListeners.clear();
      else processListeners.delete(name);
      return this;
    },
    emit(name, ...args) {
      const list = processListeners.get(name);
      if (!list || list.length === 0) {
        if (name === "error") throw args[0];
        return false;
      }
      for (const entry of [...list]) {
        if (entry.once) {
          const i = list.indexOf(entry);
          if (i >= 0) list.splice(i, 1);
        }
        entry.listener.apply(process, args);
      }
      return true;
    },
    listeners: (name) => (processListeners.get(name) ?? []).map((e) => e.listener),
    rawListeners: (name) => (processListeners.get(name) ?? []).map((e) => e.listener),
    listenerCount: (name) => (processListeners.get(name) ?? []).length,
    eventNames: () => [...processListeners.keys()].filter((k) => processListeners.get(k).length > 0),
    setMaxListeners() { return this; },
    getMaxListeners: () => 10,
  };
  process.addListener = process.on;
  process.removeListener = process.off;
  // process.exitCode keeps the raw value assigned; the exit code itself is the engine's.
  Object.defineProperty(process, "exitCode", {
    get: () => processExitCode,
    set: (code) => {
      let parsed;
      if (code == null) {
        parsed = 0;
      } else if (typeof code === "number") {
        if (!Number.isInteger(code)) {
          throw nodeError(RangeError, "ERR_OUT_OF_RANGE",
            `The value of "code" is out of range. It must be an integer. Received ${String(code)}`);
        }
        parsed = code;
      } else if (typeof code === "string" && code !== "" && Number.isFinite(Number(code)) &&
        Number.isInteger(Number(code))) {
        parsed = Number(code);
      } else {
        throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE",
          `The "code" argument must be integer.${describeReceived(code)}`);
      }
      native.setExitCode(parsed);
      processExitCode = code;
    },
    enumerable: true,
    configurable: true,
  });

  // Deno.errors: the classes Deno's ops throw (ext/ffi throws BadResource).
  const errors = {};
  for (const name of ["NotFound", "PermissionDenied", "ConnectionRefused", "ConnectionReset",
    "ConnectionAborted", "NotConnected", "AddrInUse", "AddrNotAvailable", "BrokenPipe",
    "AlreadyExists", "InvalidData", "TimedOut", "Interrupted", "WriteZero", "WouldBlock",
    "UnexpectedEof", "BadResource", "Http", "Busy", "NotSupported", "FilesystemLoop",
    "IsADirectory", "NetworkUnreachable", "NotADirectory", "NotCapable"]) {
    const cls = {
      [name]: class extends Error {
        constructor(msg, options) {
          super(msg, options);
          this.name = name;
        }
      },
    }[name];
    errors[name] = cls;
  }

  // Deno.env over the process environment.
  const envKey = (key) => {
    key = String(key);
    if (key === "") throw new TypeError("Key is an empty string.");
    if (key.includes("=") || key.includes("\0")) {
      throw new TypeError(`Key contains invalid characters: ${JSON.stringify(key)}`);
    }
    return key;
  };
  const env = {
    get: (key) => native.envGet(envKey(key)),
    has: (key) => native.envGet(envKey(key)) !== undefined,
    set: (key, value) => native.envSet(envKey(key), String(value)),
    delete: (key) => native.envDelete(envKey(key)),
    toObject: () => native.envObject(),
  };

  const Deno = {
    errors,
    env,
    exit(code) {
      // The code is set first, so that "unload" listeners can still change it.
      if (typeof code === "number") native.setExitCode(code);
      native.exit();
    },
    get exitCode() { return native.getExitCode(); },
    set exitCode(code) {
      if (typeof code !== "number") {
        throw new TypeError(`Exit code must be a number, got: ${String(code)} (${typeof code})`);
      }
      if (!Number.isInteger(code)) throw new RangeError(`Exit code must be an integer, got: ${code}`);
      native.setExitCode(code);
    },
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
      // Where: the error's first call site; for a thrown non-error, the first frame of the
      // current stack outside the runtime's own code.
      const [filename, lineno, colno] = native.exceptionLocation(error);
      const event = new ErrorEvent("error", {
        cancelable: true,
        message: native.exceptionMessage(error),
        filename,
        lineno,
        colno,
        error,
      });
      if (reportDepth > 1 || dispatchEvent(event)) {
        // node:process's uncaughtException listeners handle what no "error" listener did.
        if (reportDepth === 1 && process.listenerCount("uncaughtException") > 0) {
          process.emit("uncaughtException", error, "uncaughtException");
        } else {
          native.dispatchException(error);
        }
      }
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
    rejection: (promise, reason) => {
      const event = new PromiseRejectionEvent("unhandledrejection", { cancelable: true, promise, reason });
      dispatchEvent(event);
      // Then node:process: its unhandledRejection listeners, or else (Node's default "throw"
      // mode) its uncaughtException listeners.
      if (!event.defaultPrevented) {
        if (process.listenerCount("unhandledRejection") > 0) {
          event.preventDefault();
          process.emit("unhandledRejection", reason, promise);
        } else if (process.listenerCount("uncaughtException") > 0) {
          event.preventDefault();
          process.emit("uncaughtException", reason, "unhandledRejection");
        }
      }
      return event.defaultPrevented;
    },
    processBeforeExit: () => {
      process.emit("beforeExit", processExitCode || 0);
    },
    processExit: () => {
      if (!process._exiting) {
        process._exiting = true;
        process.emit("exit", processExitCode || 0);
      }
    },
    rejectionHandled: (promise, reason) =>
      !dispatchEvent(new PromiseRejectionEvent("rejectionhandled", { promise, reason })),
    reportException,
  };

  // Deno 1.x's Web timers (ext/web/02_timers.js), for the deno-1.x profiles: a number id, the
  // delay converted and clamped by the engine (0 allowed; 4 ms once nested more than 5 deep).
  const webTimer = (callback, timeout, args, repeat) => {
    if (typeof callback !== "function") callback = new Function(`${callback}`);
    return native.createTimer(callback, timeout, args, repeat, undefined);
  };
  const clearWebTimer = (id) => {
    const n = +id;
    if (Number.isFinite(n) && n > 0) native.clearTimer(n);
  };
  const webTimers = {
    setTimeout: function setTimeout(callback, timeout = 0, ...args) {
      return webTimer(callback, timeout, args, false);
    },
    setInterval: function setInterval(callback, timeout = 0, ...args) {
      return webTimer(callback, timeout, args, true);
    },
    clearTimeout: function clearTimeout(id = 0) { clearWebTimer(id); },
    clearInterval: function clearInterval(id = 0) { clearWebTimer(id); },
  };

  return {
    events,
    timers: { setTimeout, setInterval, clearTimeout, clearInterval, setImmediate, clearImmediate },
    webTimers,
    process: { process },
  };
})
