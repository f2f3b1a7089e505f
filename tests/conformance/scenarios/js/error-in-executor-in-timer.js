// A promise executor throwing inside a timer callback becomes a rejection (not a synchronous throw); unhandled, it is reported after the callback's other microtasks, exit 1.
const log = (s) => console.log(s);
setTimeout(() => {
  log("timer start");
  const p = new Promise(() => { throw new SyntaxError("executor failed"); });
  log(`promise created, timer continues`);
  queueMicrotask(() => log("timer microtask"));
}, 1);
setTimeout(() => log("second timer in same batch?"), 1);
const start = performance.now();
while (performance.now() - start < 10) { /* spin */ }
