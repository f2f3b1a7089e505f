// An exception thrown inside a nextTick callback is uncaught: remaining ticks, microtasks and timers do not run; exit code 1.
const log = (s) => console.log(s);
setTimeout(() => log("never: timer"), 20);
process.nextTick(() => log("tick 1"));
process.nextTick(() => { throw new Error("boom from tick"); });
process.nextTick(() => log("tick 3 after throw"));
queueMicrotask(() => log("micro"));
log("sync end");
