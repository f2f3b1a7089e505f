// Timers created inside microtasks of timer callbacks, and a callback that queues a microtask that creates a timer, vs timers already in the list.
const log = (s) => console.log(s);
setTimeout(() => {
  log("T1");
  queueMicrotask(() => {
    log("T1 microtask");
    setTimeout(() => log("from T1 microtask (1)"), 1);
  });
  Promise.resolve().then(() => Promise.resolve()).then(() => {
    log("T1 late promise");
    setTimeout(() => log("from T1 late promise (1)"), 1);
  });
}, 1);
setTimeout(() => {
  log("T2");
  setTimeout(() => log("from T2 (1)"), 1);
}, 1);
setTimeout(() => log("T3"), 1);
const start = performance.now();
while (performance.now() - start < 20) { /* spin: T1..T3 expire together */ }
