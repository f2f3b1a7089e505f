// globalThis.process read at top level loads node:process early, so a later first warning inside a timer callback costs no load time and runs no early checkpoint.
const log = (s) => console.log(s);
log(`typeof process at top level: ${typeof globalThis.process}`);
setTimeout(() => {
  log("T1");
  queueMicrotask(() => log("T1 microtask"));
  setTimeout(() => log("negative timer"), -1);
  log("T1 end");
}, 1);
setTimeout(() => log("T2 (30 ms)"), 30);
const start = performance.now();
while (performance.now() - start < 3) { /* spin: T1 expired, T2 not yet */ }
