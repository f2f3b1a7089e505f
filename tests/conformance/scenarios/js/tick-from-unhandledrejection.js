// nextTick, microtask and immediate queued inside an unhandledrejection listener, versus a later timer.
const log = (s) => console.log(s);
addEventListener("unhandledrejection", (e) => {
  log(`unhandled: ${e.reason}`);
  e.preventDefault();
  process.nextTick(() => log("tick from listener"));
  queueMicrotask(() => log("micro from listener"));
  setImmediate(() => log("immediate from listener"));
  setTimeout(() => log("timeout from listener"), 0);
});
Promise.reject("r");
setTimeout(() => log("timer 40"), 40);
