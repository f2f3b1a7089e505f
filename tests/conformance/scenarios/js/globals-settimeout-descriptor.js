// The property descriptor of the lazily loaded timer globals before and after first use, and overwriting setTimeout with a custom function.
const log = (s) => console.log(s);
function describe(name) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  return `${name}: ${Object.keys(d).sort().join(",")} enumerable=${d.enumerable} configurable=${d.configurable}`;
}
log(describe("setInterval"));
log(describe("queueMicrotask"));
log(`keys include setTimeout: ${Object.keys(globalThis).includes("setTimeout")}`);
setInterval;
log(describe("setInterval"));
log(`setTimeout.name=${setTimeout.name} length=${setTimeout.length} setInterval.length=${setInterval.length}`);
const original = globalThis.setTimeout;
globalThis.setTimeout = (fn) => { log("custom setTimeout called"); return original(fn, 1); };
log(describe("setTimeout"));
setTimeout(() => log("timer via custom setTimeout"));
globalThis.setTimeout = original;
log(`restored: ${globalThis.setTimeout === original}`);
