// Work scheduled inside unload (microtask, tick, timer, immediate) and an exception in unload.
const log = (s) => console.log(s);
globalThis.addEventListener("unload", () => {
  log("unload");
  queueMicrotask(() => log("micro from unload"));
  process.nextTick(() => log("tick from unload"));
  setTimeout(() => log("timer from unload"), 0);
  setImmediate(() => log("immediate from unload"));
  Promise.resolve().then(() => log("promise from unload"));
});
globalThis.addEventListener("unload", () => log("unload 2"));
log("main");
