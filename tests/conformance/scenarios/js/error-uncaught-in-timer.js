// An Error thrown in a timer callback is uncaught: "error: Uncaught Error ..." with source line and caret, exit 1, later timers never run.
console.log("start");
setTimeout(() => console.log("first timer runs"), 1);
setTimeout(() => {
  console.log("about to throw");
  queueMicrotask(() => console.log("microtask queued before the throw"));
  throw new Error("boom from timer");
}, 20);
setTimeout(() => console.log("never: later timer"), 60);
