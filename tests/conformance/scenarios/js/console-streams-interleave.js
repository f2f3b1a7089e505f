// console.log/info/debug go to stdout, console.error/warn/trace/assert to stderr; interleaving preserved across timers and microtasks.
console.log("log 1");
console.error("error 1");
console.info("info 1");
console.warn("warn 1");
console.debug("debug 1");
queueMicrotask(() => { console.error("error in microtask"); console.log("log in microtask"); });
setTimeout(() => { console.warn("warn in timer"); console.debug("debug in timer"); console.assert(false, "assert in timer"); }, 1);
console.error();
console.log();
