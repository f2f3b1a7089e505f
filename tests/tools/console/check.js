// Checks core/runtime/js/console.js against tests/unit/data/console_cases.json
// (the output of REAL Deno, see generate.sh).
//
//   deno run -A tests/tools/console/check.js [name-substring ...]
//
// It also runs under Node with internals exposed, which is how the cases can be
// checked on the V8 version loopscope embeds (Node 18 = V8 10.2):
//
//   node --expose-internals tests/tools/console/check.js
//
// With --no-host, console.js gets an empty host object instead: every case
// that is not marked needsHost must still pass, and every needsHost case is
// expected to fail (that checks the marks in the JSON).
//
// Written as a plain script (no import/export, no import.meta) so that both
// runtimes accept it. console.js is evaluated as the single function expression
// it is, and called with a host shim built from the runtime's own internals:
//   promiseState(p)   -> [state, value]         (0 pending, 1 fulfilled, 2 rejected)
//   proxyDetails(v)   -> undefined | [target, handler]
//   previewEntries(v) -> [entries, isKeyValue]  for Map/Set iterators
// Deno exposes no previewEntries; there the shim tracks Map/Set iterators itself
// (their source collection and how many steps were taken), which is enough for
// the iterator cases.

/* global Deno, require, process, __dirname */
"use strict";

const isDeno = typeof Deno !== "undefined";

function readText(path) {
  return isDeno ? Deno.readTextFileSync(path) : require("fs").readFileSync(path, "utf8");
}

function repoRoot() {
  if (isDeno) {
    const dir = new URL("../../../", Deno.mainModule);
    return decodeURIComponent(dir.pathname);
  }
  return require("path").resolve(__dirname, "../../..") + "/";
}

function args() {
  return isDeno ? Deno.args : process.argv.slice(2);
}

function exit(code) {
  if (isDeno) Deno.exit(code);
  else process.exit(code);
}

function write(text) {
  if (isDeno) {
    Deno.stdout.writeSync(new TextEncoder().encode(text));
  } else {
    process.stdout.write(text);
  }
}

// ---------------------------------------------------------------- host shim

function trackIterators() {
  const tracked = new WeakMap();
  const mapEntries = Map.prototype.entries;
  const setValues = Set.prototype.values;
  const wrap = (proto, name, kind, isMap) => {
    const original = proto[name];
    Object.defineProperty(proto, name, {
      value: {
        [name]() {
          const it = Reflect.apply(original, this, []);
          tracked.set(it, { source: this, kind, isMap, consumed: 0 });
          return it;
        },
      }[name],
      writable: true,
      enumerable: false,
      configurable: true,
    });
  };
  wrap(Map.prototype, "entries", "entries", true);
  wrap(Map.prototype, "keys", "keys", true);
  wrap(Map.prototype, "values", "values", true);
  wrap(Map.prototype, Symbol.iterator, "entries", true);
  wrap(Set.prototype, "entries", "entries", false);
  wrap(Set.prototype, "keys", "values", false);
  wrap(Set.prototype, "values", "values", false);
  wrap(Set.prototype, Symbol.iterator, "values", false);
  for (const proto of [
    Object.getPrototypeOf(new Map().entries()),
    Object.getPrototypeOf(new Set().values()),
  ]) {
    const next = proto.next;
    Object.defineProperty(proto, "next", {
      value: function next_() {
        const record = tracked.get(this);
        const step = Reflect.apply(next, this, []);
        if (record !== undefined && !step.done) record.consumed++;
        return step;
      },
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
  return (value) => {
    const record = tracked.get(value);
    if (record === undefined) return undefined;
    const all = record.isMap
      ? [...Reflect.apply(mapEntries, record.source, [])]
      : [...Reflect.apply(setValues, record.source, [])];
    const rest = all.slice(record.consumed);
    if (record.kind === "entries") {
      return [rest.flatMap((e) => (record.isMap ? [e[0], e[1]] : [e, e])), true];
    }
    if (record.isMap) return [rest.map((e) => (record.kind === "keys" ? e[0] : e[1])), false];
    return [rest, false];
  };
}

function makeHost() {
  if (isDeno) {
    const core = Deno[Deno.internal].core;
    return {
      host: {
        promiseState(p) {
          if (!core.isPromise(p)) return undefined;
          const details = core.getPromiseDetails(p);
          return [details[0], details[1]];
        },
        proxyDetails(v) {
          if (!core.isProxy(v)) return undefined;
          return core.getProxyDetails(v);
        },
        previewEntries: undefined, // filled in after console.js captured its intrinsics
      },
      installPreview(host) {
        host.previewEntries = trackIterators();
      },
    };
  }
  const { internalBinding } = require("internal/test/binding");
  const util = internalBinding("util");
  const types = require("util").types;
  return {
    host: {
      promiseState(p) {
        if (!types.isPromise(p)) return undefined;
        const details = util.getPromiseDetails(p);
        return [details[0], details[1]];
      },
      proxyDetails(v) {
        if (!types.isProxy(v)) return undefined;
        return util.getProxyDetails(v);
      },
      previewEntries(v) {
        return util.previewEntries(v, true);
      },
    },
    installPreview() {},
  };
}

// ---------------------------------------------------------------- main

const root = repoRoot();
const source = readText(root + "core/runtime/js/console.js");
const cases = JSON.parse(readText(root + "tests/unit/data/console_cases.json"));
const noHost = args().includes("--no-host");
const filters = args().filter((a) => a !== "--no-host");

const indirectEval = eval;
const factory = indirectEval(source);
if (typeof factory !== "function") throw new Error("console.js did not evaluate to a function");
const shim = noHost ? { host: {}, installPreview() {} } : makeHost();
const api = factory(shim.host);
shim.installPreview(shim.host);

function showText(text) {
  return text.split("\n").map((line) => `    | ${line}`).join("\n");
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const c of cases) {
  if (filters.length > 0 && !filters.some((f) => c.name.includes(f))) {
    skipped++;
    continue;
  }
  let actual;
  try {
    actual = api.formatArgs(indirectEval(`"use strict";\n(${c.code})`));
  } catch (err) {
    actual = `<<threw ${err && err.stack ? err.stack : err}>>`;
  }
  if (noHost && c.needsHost) {
    if (actual === c.expected) {
      failed++;
      write(`MARK ${c.name}: marked needsHost but passes without the host\n`);
    } else {
      passed++;
    }
  } else if (actual === c.expected) {
    passed++;
  } else {
    failed++;
    write(`FAIL ${c.name}${c.needsHost ? " (needsHost)" : ""}\n  code: ${c.code}\n` +
      `  expected:\n${showText(c.expected)}\n  actual:\n${showText(actual)}\n`);
  }
}
write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
exit(failed === 0 ? 0 : 1);
