// Inside a timer callback: nextTick vs microtasks vs immediates vs a new timeout, and the next expired sibling timer.
const log = (s) => console.log(s);
const start = performance.now();
setTimeout(() => {
  log("timer A");
  setTimeout(() => log("timeout from A"), 0);
  setImmediate(() => log("immediate from A"));
  Promise.resolve().then(() => log("promise from A"));
  queueMicrotask(() => log("micro from A"));
  process.nextTick(() => log("tick from A"));
}, 1);
setTimeout(() => {
  log("timer B");
  process.nextTick(() => log("tick from B"));
  queueMicrotask(() => log("micro from B"));
}, 1);
while (performance.now() - start < 10) {}
