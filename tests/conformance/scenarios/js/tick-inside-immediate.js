// Inside setImmediate callbacks: ticks and microtasks run between immediates; immediates queued during the phase wait for the next loop turn.
const log = (s) => console.log(s);
setImmediate(() => {
  log("immediate 1");
  process.nextTick(() => log("tick from 1"));
  queueMicrotask(() => log("micro from 1"));
  setImmediate(() => log("immediate 3 (queued by 1)"));
  setTimeout(() => log("timeout from 1"), 0);
});
setImmediate(() => {
  log("immediate 2");
  Promise.resolve().then(() => log("promise from 2"));
  process.nextTick(() => log("tick from 2"));
});
