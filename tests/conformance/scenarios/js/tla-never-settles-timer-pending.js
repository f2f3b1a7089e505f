// Top-level await of a never-settling promise while timers are still pending: the timers run, then Deno reports the unresolved top-level await, exit 1.
const log = (s) => console.log(s);
setTimeout(() => log("timer 20 runs"), 20);
setTimeout(() => {
  log("timer 50 runs");
  queueMicrotask(() => log("microtask in timer 50"));
}, 50);
log("awaiting forever");
await new Promise(() => {});
log("never");
