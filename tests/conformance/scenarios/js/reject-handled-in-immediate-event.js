// rejectionhandled fires on the turn after an immediate handles an already-reported rejection, before a 40 ms timer.
const log = (s) => console.log(s);
addEventListener("unhandledrejection", (e) => { log(`unhandled: ${e.reason}`); e.preventDefault(); });
addEventListener("rejectionhandled", (e) => log(`rejectionhandled: ${e.reason}`));
const p = Promise.reject("p");
setImmediate(() => { p.catch(() => log("p handled in immediate")); });
setTimeout(() => log("timer 40"), 40);
