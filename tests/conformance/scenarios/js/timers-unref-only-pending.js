// Only unref'd timers and an unref'd immediate pending after main: process exits right away with code 0 (exitCode honoured).
const log = (s) => console.log(s);
setTimeout(() => log("never"), 10).unref();
setInterval(() => log("never"), 5).unref();
setImmediate(() => log("unref'd immediate from main")).unref();
process.exitCode = 3;
queueMicrotask(() => log("micro still runs"));
process.nextTick(() => log("tick still runs"));
log("main end");
