// An error prevented by a listener in a batch of expired timers: ticks, microtasks, and the rest of the batch.
const log = (s) => console.log(s);
addEventListener("error", (e) => { log(`error: ${e.error.message}`); e.preventDefault(); });
const s = performance.now();
setTimeout(() => log("t1"), 1);
setTimeout(() => { queueMicrotask(() => log("micro from t2")); process.nextTick(() => log("tick from t2")); throw new Error("t2"); }, 1);
setTimeout(() => log("t3"), 1);
setTimeout(() => log("t4 (2 ms list)"), 2);
while (performance.now() - s < 10) {}
