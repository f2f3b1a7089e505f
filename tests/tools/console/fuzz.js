// Differential fuzzing of core/runtime/js/console.js against real Deno.
//
//   deno run -A tests/tools/console/fuzz.js [iterations] [seed]
//
// Builds random argument lists (nested arrays, objects, maps, sets, errors with
// fixed stacks, typed arrays, format strings, circular references, ...) and
// compares console.js's formatArgs with Deno's own formatter
// (Deno[Deno.internal].inspectArgs with colors off, the function behind
// console.log). Prints every mismatch with a reproducer and exits non-zero if
// there was one.

const iterations = Number(Deno.args[0] ?? 2000);
let seed = Number(Deno.args[1] ?? 12345) >>> 0;
const verbose = Deno.args.includes("--verbose");

function random() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

const core = Deno[Deno.internal].core;
const denoInspectArgs = Deno[Deno.internal].inspectArgs;
const source = Deno.readTextFileSync(new URL("../../../core/runtime/js/console.js", import.meta.url));
const api = (0, eval)(source)({
  promiseState: (p) => (core.isPromise(p) ? core.getPromiseDetails(p) : undefined),
  proxyDetails: (v) => (core.isProxy(v) ? core.getProxyDetails(v) : undefined),
  previewEntries: () => undefined,
});

const chars = [
  "a", "b", "z", "A", "_", "$", "0", "9", " ", "-", ".", "'", '"', "`", "\\", "\n", "\t",
  "\r", "\x00", "\x1b", "\x7f", "\x85", "é", "日", "😀", "%", "{", "}", "[", "]", ":", ",",
];
function randomString(max = 12) {
  let s = "";
  const n = int(max + 1);
  for (let i = 0; i < n; i++) s += pick(chars);
  return s;
}
function randomKey() {
  return pick([
    () => pick(["a", "b", "key", "value", "x1", "_p", "name", "message", "stack", "constructor"]),
    () => randomString(6),
    () => String(int(20)),
    () => "k" + int(1000),
  ])();
}

function randomPrimitive() {
  return pick([
    () => int(1000) - 500,
    () => (random() - 0.5) * 10 ** int(25),
    () => pick([0, -0, NaN, Infinity, -Infinity, 1e21, 5e-324]),
    () => BigInt(int(100000)) * (random() < 0.5 ? -1n : 1n),
    () => randomString(),
    () => "x".repeat(int(120)) + (random() < 0.5 ? "\n" + randomString(30) : ""),
    () => random() < 0.5,
    () => null,
    () => undefined,
    () => Symbol(random() < 0.3 ? undefined : randomString(5)),
  ])();
}

let counter = 0;
function randomValue(depth) {
  if (depth <= 0 || random() < 0.35) return randomPrimitive();
  const d = depth - 1;
  return pick([
    () => Array.from({ length: pick([0, 1, 3, 6, 7, 12, 30, 101]) }, () => randomValue(d - 1)),
    () => Array.from({ length: int(40) }, () => int(2 ** int(20)) * (random() < 0.2 ? -1 : 1)),
    () => Array.from({ length: int(30) }, () => randomString(int(10))),
    () => {
      const a = Array.from({ length: int(10) }, () => randomValue(d));
      if (a.length > 0 && random() < 0.5) delete a[int(a.length)];
      if (random() < 0.3) a[randomKey()] = randomValue(d);
      return a;
    },
    () => {
      const o = {};
      const n = int(8);
      for (let i = 0; i < n; i++) o[randomKey()] = randomValue(d);
      if (random() < 0.1) o[Symbol(randomString(4))] = randomValue(d);
      return o;
    },
    () => new Map(Array.from({ length: int(6) }, () => [randomValue(d - 1), randomValue(d)])),
    () => new Set(Array.from({ length: int(8) }, () => randomValue(d))),
    () => new Date(int(2 ** 40) * (random() < 0.5 ? 1 : -1)),
    () => new RegExp(pick(["a+", "[/]", "x|y", "\\d{2}"]), pick(["", "g", "gi", "mu"])),
    () => pick([new Number(int(9)), new String(randomString(4)), new Boolean(true), Object(3n)]),
    () => new (pick([Uint8Array, Int16Array, Float64Array, Uint32Array]))(
      Array.from({ length: pick([0, 3, 8, 20, 120]) }, () => int(300)),
    ),
    () => new Uint8Array(Array.from({ length: int(10) }, () => int(256))).buffer,
    () => {
      const e = new (pick([Error, TypeError, RangeError]))(randomString(8));
      e.stack = random() < 0.5
        ? `${e.name}: ${e.message}`
        : `${e.name}: ${e.message}\n    at f${int(9)} (file:///srv/app/m.js:${int(99)}:${int(9)})`;
      if (random() < 0.3) e.code = randomValue(d);
      if (random() < 0.2) {
        const cause = new Error("cause" + int(9));
        cause.stack = `Error: ${cause.message}\n    at c (file:///srv/c.js:1:1)`;
        Object.defineProperty(e, "cause", { value: cause, enumerable: false, configurable: true, writable: true });
      }
      return e;
    },
    () => pick([function named() {}, () => {}, class K {}, async function af() {}, function* g() {}]),
    () => {
      counter++;
      const C = { [`Cls${counter % 5}`]: class {} }[`Cls${counter % 5}`];
      const inst = new C();
      const n = int(4);
      for (let i = 0; i < n; i++) inst[randomKey()] = randomValue(d);
      return inst;
    },
    () => {
      const o = { id: int(9) };
      o.self = random() < 0.5 ? o : [o, randomValue(d)];
      return o;
    },
    () => Object.assign(Object.create(null), { [randomKey()]: randomValue(d) }),
    () => Promise.resolve(randomValue(d)),
    () => new Promise(() => {}),
    () => {
      const o = { plain: randomValue(d) };
      Object.defineProperty(o, pick(["g", "gs", "s"]), {
        get: random() < 0.7 ? () => 1 : undefined,
        set: random() < 0.5 ? () => {} : undefined,
        enumerable: true,
        configurable: true,
      });
      return o;
    },
    () => {
      const tag = pick(["T", "Tagged", ""]);
      class Tagged {
        get [Symbol.toStringTag]() {
          return tag;
        }
      }
      const t = new Tagged();
      if (random() < 0.5) t.v = randomValue(d);
      return t;
    },
    () => pick([new WeakMap(), new WeakSet(), new WeakRef({})]),
    () => (function () { return arguments; })(...Array.from({ length: int(4) }, () => randomValue(d))),
    () => Object.assign(function withProps() {}, { p: randomValue(d) }),
    () => {
      const a = new Array(int(150));
      const n = int(6);
      for (let i = 0; i < n; i++) a[int(a.length + 1)] = randomValue(d);
      return a;
    },
    () => {
      const e = new AggregateError([randomValue(d), new Error("x")], randomString(5));
      e.stack = `AggregateError: ${e.message}\n    at agg (file:///srv/a.js:1:1)`;
      e.errors[1].stack = "Error: x\n    at inner (file:///srv/b.js:2:2)";
      return e;
    },
    () => {
      // Not class instances: for those V8 still knows the class name after the
      // prototype is gone, which console.js cannot see (a known difference).
      const v = randomValue(d);
      const usable = v !== null && (typeof v === "object" || typeof v === "function") &&
        !/^(Cls|Tagged)/.test(String(Object.getPrototypeOf(v)?.constructor?.name));
      return Object.setPrototypeOf(usable ? v : {}, null);
    },
    () => {
      const target = randomValue(d);
      return new Proxy(target !== null && (typeof target === "object" || typeof target === "function") ? target : {}, {});
    },
  ])();
}

function randomArgs() {
  const args = [];
  if (random() < 0.3) {
    let fmt = "";
    const n = 1 + int(4);
    for (let i = 0; i < n; i++) {
      fmt += randomString(3) + pick(["%s", "%d", "%i", "%f", "%o", "%O", "%j", "%c", "%%", "%x", "%"]);
    }
    args.push(fmt);
  }
  const n = int(4) + (args.length === 0 ? 1 : 0);
  for (let i = 0; i < n; i++) args.push(randomValue(4));
  return args;
}

let failures = 0;
for (let i = 0; i < iterations; i++) {
  const caseSeed = seed;
  const args = randomArgs();
  let expected;
  let actual;
  try {
    expected = denoInspectArgs(args, { colors: false });
  } catch (err) {
    expected = `<<threw ${err}>>`;
  }
  try {
    actual = api.formatArgs(args);
  } catch (err) {
    actual = `<<threw ${err}>>`;
  }
  if (expected !== actual) {
    failures++;
    console.log(`MISMATCH #${i} (seed before case: ${caseSeed})`);
    const e = expected.split("\n");
    const a = actual.split("\n");
    let line = 0;
    while (line < e.length && e[line] === a[line]) line++;
    console.log(`first difference at line ${line + 1}:`);
    console.log(`  expected: ${JSON.stringify(e[line])}`);
    console.log(`  actual:   ${JSON.stringify(a[line])}`);
    if (verbose) console.log("expected:\n" + expected + "\nactual:\n" + actual);
    if (failures >= 10) break;
  }
}
console.log(`${iterations} iterations, ${failures} mismatches`);
Deno.exit(failures === 0 ? 0 : 1);
