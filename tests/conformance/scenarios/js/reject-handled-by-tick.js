// A rejection handled inside a nextTick, inside an immediate (too late?) and inside a microtask queued after the rejection.
const log = (s) => console.log(s);
addEventListener("unhandledrejection", (e) => { log(`unhandled: ${e.reason}`); e.preventDefault(); });
addEventListener("rejectionhandled", (e) => log(`rejectionhandled: ${e.reason}`));
const a = Promise.reject("a");
process.nextTick(() => a.catch(() => log("a handled in tick")));
const b = Promise.reject("b");
setImmediate(() => b.catch(() => log("b handled in immediate")));
const c = Promise.reject("c");
queueMicrotask(() => c.catch(() => log("c handled in micro")));
setTimeout(() => log("end"), 30);
