// The first warning raised in the LAST timer callback of a batch (no runNextTicks after it): order vs its microtasks, and the lazy node:process load delaying the NaN timer past a 25 ms timer.
const log = (s) => console.log(s);
setTimeout(() => log("timer A"), 1);
setTimeout(() => {
  log("timer B (last in batch)");
  setTimeout(() => log("NaN timer"), NaN);
  queueMicrotask(() => log("B microtask"));
  Promise.resolve().then(() => log("B promise")).then(() => log("B promise 2"));
  log("timer B end");
}, 1);
setTimeout(() => log("timer C (25)"), 25);
const start = performance.now();
while (performance.now() - start < 20) { /* spin */ }
