// setImmediate and setTimeout(0) queued from a microtask, a tick and a promise inside a timer: which loop phase runs them.
const log = (s) => console.log(s);
setTimeout(() => {
  log("timer");
  queueMicrotask(() => { setImmediate(() => log("immediate from micro")); setTimeout(() => log("timeout from micro"), 0); });
  process.nextTick(() => { setImmediate(() => log("immediate from tick")); setTimeout(() => log("timeout from tick"), 0); });
}, 5);
