// The first warning raised after a top-level await (module evaluation still in progress, but inside a promise job) vs microtasks and timers.
const log = (s) => console.log(s);
setTimeout(() => log("timer 1"), 1);
await new Promise((r) => setTimeout(r, 20));
log("after TLA");
setTimeout(() => log("negative timer"), -2);
queueMicrotask(() => log("microtask after warning"));
setTimeout(() => log("timer 30"), 30);
log("end of module");
