// Top level: the first warning's lazy node:process load is slow enough (cold code cache) that a 15 ms timer created just before it has expired and fires before the warning.
const log = (s) => console.log(s);
setTimeout(() => log("15 ms timer created before the warning"), 15);
setTimeout(() => log("negative timer"), -1);
queueMicrotask(() => log("top microtask"));
log("sync end");
