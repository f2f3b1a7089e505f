// Overflow delays (> 2**31-1, Infinity) warn on every call; raised inside timer callbacks after node:process was loaded at top level, they print before the callback's microtasks.
const log = (s) => console.log(s);
setTimeout(() => log("negative timer (loads the warning machinery at top level)"), -1);
setTimeout(() => {
  log("T1");
  setTimeout(() => log("overflow 2**31 fired"), 2 ** 31);
  setTimeout(() => log("overflow Infinity fired"), Infinity);
  queueMicrotask(() => log("T1 microtask"));
  log("T1 end");
}, 1);
setTimeout(() => {
  log("T2");
  setTimeout(() => log("overflow 1e12 fired"), 1e12);
  Promise.resolve().then(() => log("T2 promise"));
}, 1);
queueMicrotask(() => log("top microtask"));
log("sync end");
const start = performance.now();
while (performance.now() - start < 10) { /* spin: the three 1 ms timers have expired */ }
