// In a timer callback, the first warning's lazy node:process load delays the start of the clamped timer past a 35 ms timer created at top level.
const log = (s) => console.log(s);
setTimeout(() => {
  log("timer A");
  setTimeout(() => log("NaN timer (1 ms after the load)"), NaN);
  queueMicrotask(() => log("A microtask"));
}, 1);
setTimeout(() => log("timer C (35)"), 35);
const start = performance.now();
while (performance.now() - start < 20) { /* spin: A has expired before the loop starts */ }
