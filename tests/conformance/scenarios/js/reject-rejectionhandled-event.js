// A rejection first reported to an unhandledrejection listener (prevented) and later handled fires "rejectionhandled"; order vs timers.
const log = (s) => console.log(s);
globalThis.addEventListener("unhandledrejection", (e) => {
  log(`unhandledrejection: ${e.reason.message}`);
  e.preventDefault();
});
globalThis.addEventListener("rejectionhandled", (e) => {
  log(`rejectionhandled: ${e.reason.message} same promise: ${e.promise === p}`);
});
const p = Promise.reject(new Error("late handled"));
setTimeout(() => {
  log("timer attaches handler");
  p.catch(() => log("catch handler runs"));
  queueMicrotask(() => log("timer microtask"));
}, 20);
setTimeout(() => log("timer 40"), 40);
