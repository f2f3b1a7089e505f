// unhandledrejection listener: a rejection from an immediate is dispatched before a later 50 ms timer; one from a timer before the next timer.
const log = (s) => console.log(s);
addEventListener("unhandledrejection", (e) => { log(`unhandled: ${e.reason}`); e.preventDefault(); });
setTimeout(() => { log("timer 50"); Promise.reject("from timer 50"); }, 50);
setTimeout(() => log("timer 100"), 100);
setImmediate(() => { Promise.reject("from immediate"); log("immediate done"); });
