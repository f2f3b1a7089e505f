// Deno.exit(4) inside a timer: nothing queued after it (microtasks, ticks, later timers, unload listeners?) runs.
const log = (s) => console.log(s);
globalThis.addEventListener("unload", () => log("unload listener"));
setTimeout(() => {
  log("timer calls Deno.exit(4)");
  queueMicrotask(() => log("never: micro"));
  process.nextTick(() => log("never: tick"));
  Deno.exit(4);
  log("never: after exit");
}, 5);
setTimeout(() => log("never: later timer"), 30);
