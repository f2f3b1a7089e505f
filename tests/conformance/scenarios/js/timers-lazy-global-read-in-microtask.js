// First read of globalThis.process inside a microtask (from a timer) does not drain the other queued microtasks early (V8 re-entrancy guard); compare with reading it in the callback itself.
const log = (s) => console.log(s);
setTimeout(() => {
  log("T1 start");
  queueMicrotask(() => {
    log("M1 start");
    queueMicrotask(() => log("M1 nested microtask"));
    log(`M1 typeof globalThis.process: ${typeof globalThis.process}`);
    log("M1 end");
  });
  queueMicrotask(() => log("M2"));
  log("T1 end");
}, 1);
setTimeout(() => log("T2"), 1);
const start = performance.now();
while (performance.now() - start < 10) { /* spin */ }
