// The first clamping warning lazily loads node:process (takes several ms), so a 3 ms timer created just before it has expired first and fires before the warning and before the negative timer.
const log = (s) => console.log(s);
setTimeout(() => log("3 ms timer created before the warning"), 3);
setTimeout(() => log("negative timer"), -5);
setTimeout(() => log("1 ms timer created after the warning"), 1);
queueMicrotask(() => log("top microtask"));
log("sync end");
