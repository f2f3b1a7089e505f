// Array.fromAsync: values and the exact microtask interleaving with a .then chain.
const log = [];
let tick = 0;
const ticker = (n) => {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(`tick ${++tick}`));
  return p;
};
function run(label, makePromise) {
  log.length = 0;
  tick = 0;
  ticker(20);
  makePromise().then(
    (v) => log.push(`${label} => ${Deno.inspect(v)}`),
    (e) => log.push(`${label} rejected ${e.constructor.name}: ${e.message}`),
  );
  return new Promise((r) => setTimeout(() => { console.log(log.join(" | ")); r(); }, 5));
}
async function* agen() {
  yield 1;
  yield Promise.resolve(2);
  yield 3;
}
const syncThenables = () => [1, { then(r) { r(2); } }, Promise.resolve(3)];
await run("array", () => Array.fromAsync([1, 2, 3]));
await run("empty", () => Array.fromAsync([]));
await run("array of promises", () => Array.fromAsync([Promise.resolve(1), 2, Promise.resolve(3)]));
await run("thenables", () => Array.fromAsync(syncThenables()));
await run("async generator", () => Array.fromAsync(agen()));
await run("set", () => Array.fromAsync(new Set(["a", "b"])));
await run("string", () => Array.fromAsync("hey"));
await run("array-like", () => Array.fromAsync({ length: 3, 0: "x", 1: Promise.resolve("y"), 2: "z" }));
await run("array-like empty", () => Array.fromAsync({ length: 0 }));
await run("mapfn", () => Array.fromAsync([1, 2, 3], (x, i) => x * 10 + i));
await run("async mapfn", () => Array.fromAsync([1, 2], async (x) => x * 2));
await run("mapfn thisArg", () => Array.fromAsync([1], function () { return this.k; }, { k: "K" }));
await run("async gen mapfn", () => Array.fromAsync(agen(), (x) => x + 100));
await run("array-like mapfn", () => Array.fromAsync({ length: 2, 0: 1, 1: 2 }, (x) => Promise.resolve(x * 3)));
await run("non-iterable number", () => Array.fromAsync(5));
await run("null", () => Array.fromAsync(null));
await run("undefined", () => Array.fromAsync(undefined));
await run("mapfn not callable", () => Array.fromAsync([], 5));
await run("mapfn object", () => Array.fromAsync([], {}));
await run("rejected element", () => Array.fromAsync([1, Promise.reject(new Error("elem"))]));
await run("rejected array-like element", () => Array.fromAsync({ length: 2, 0: 1, 1: Promise.reject(new Error("al")) }));
await run("mapfn throws", () => Array.fromAsync([1], () => { throw new Error("map"); }));
await run("next throws", () => Array.fromAsync({ [Symbol.iterator]() { return { next() { throw new Error("next"); } }; } }));
await run("asyncIterator non-object", () => Array.fromAsync({ [Symbol.asyncIterator]() { return 1; } }));
await run("iterator non-object", () => Array.fromAsync({ [Symbol.iterator]() { return 1; } }));
await run("next result non-object", () => Array.fromAsync({ [Symbol.asyncIterator]() { return { next() { return 1; } }; } }));
await run("custom async iterator", () => {
  let i = 0;
  return Array.fromAsync({
    [Symbol.asyncIterator]() {
      return { next() { i++; return Promise.resolve(i > 2 ? { done: true } : { done: false, value: i }); } };
    },
  });
});
await run("custom sync result async iterator", () => {
  let i = 0;
  return Array.fromAsync({
    [Symbol.asyncIterator]() {
      return { next() { i++; return i > 2 ? { done: true } : { done: false, value: Promise.resolve(i) }; } };
    },
  });
});
await run("closes sync iterator on rejection", () => {
  const it = {
    i: 0,
    [Symbol.iterator]() { return this; },
    next() { this.i++; return this.i === 1 ? { value: Promise.reject(new Error("rej")), done: false } : { done: true }; },
    return() { log.push("return called"); return {}; },
  };
  return Array.fromAsync(it);
});
await run("closes on mapfn throw", () => {
  const it = {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: 1, done: false }); },
    return() { log.push("async return called"); return Promise.resolve({}); },
  };
  return Array.fromAsync(it, () => { throw new Error("mapper"); });
});
await run("this constructor", () => {
  function C(...args) { this.args = args; }
  return Array.fromAsync.call(C, [1, 2]);
});
await run("this constructor array-like", () => {
  function C(...args) { this.args = args; }
  return Array.fromAsync.call(C, { length: 2, 0: "a", 1: "b" });
});
await run("this non-constructor", () => Array.fromAsync.call({}, [1]));
await run("prefers asyncIterator", () => Array.fromAsync({
  [Symbol.asyncIterator]() { let d = false; return { next() { const r = { done: d, value: "async" }; d = true; return r; } }; },
  [Symbol.iterator]() { throw new Error("not used"); },
}));
console.log("sync part", Array.fromAsync([1]) instanceof Promise);
console.log(Array.fromAsync, Array.fromAsync.length, Array.fromAsync.name, String(Array.fromAsync));
const d = Object.getOwnPropertyDescriptor(Array, "fromAsync");
console.log(d.writable, d.enumerable, d.configurable, Object.getPrototypeOf(Array.fromAsync) === Function.prototype);
try {
  new Array.fromAsync([]);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
