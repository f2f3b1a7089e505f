// nextTick queued from inside a nextTick runs before any microtask; microtasks queued from ticks run after the tick queue drains.
const log = (s) => console.log(s);
setTimeout(() => {
  process.nextTick(() => {
    log("tick 1");
    process.nextTick(() => {
      log("tick 1.1");
      process.nextTick(() => log("tick 1.1.1"));
    });
    queueMicrotask(() => {
      log("micro from tick 1");
      process.nextTick(() => log("tick from micro"));
      queueMicrotask(() => log("micro from micro"));
    });
  });
  process.nextTick(() => log("tick 2"));
  queueMicrotask(() => log("micro in timer"));
}, 5);
