// preventDefault in an "error" listener for a synchronous top-level throw: module evaluation stops, but do timers still run?
const log = (s) => console.log(s);
addEventListener("error", (e) => {
  log(`error event: ${e.message}`);
  e.preventDefault();
});
setTimeout(() => log("timer after top-level throw"), 5);
queueMicrotask(() => log("microtask queued before throw"));
log("before throw");
throw new Error("top level");
