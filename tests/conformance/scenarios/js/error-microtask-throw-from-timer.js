// A microtask queued by a timer callback throws: the next timer of the same batch and remaining microtasks, exit 1.
const log = (s) => console.log(s);
setTimeout(() => {
  log("T1");
  queueMicrotask(() => { log("T1 microtask throws"); throw new Error("microtask failure"); });
  queueMicrotask(() => log("T1 second microtask"));
  Promise.resolve().then(() => log("T1 promise reaction"));
}, 1);
setTimeout(() => log("T2 same batch"), 1);
const start = performance.now();
while (performance.now() - start < 10) { /* spin */ }
