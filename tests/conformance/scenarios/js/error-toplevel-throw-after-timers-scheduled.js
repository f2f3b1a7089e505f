// A synchronous top-level throw after scheduling timers and microtasks: nothing scheduled runs, the error is reported with its source line.
const log = (s) => console.log(s);
setTimeout(() => log("timer never"), 50);
Promise.resolve().then(() => log("microtask never"));
queueMicrotask(() => log("queueMicrotask never"));
log("before throw");
function fail(x) { if (x > 2) throw new SyntaxError(`bad value ${x}`); return fail(x + 1); }
fail(0);
log("unreachable");
