// "error" listener with preventDefault for an exception thrown inside a queueMicrotask callback: later microtasks, timers, exit code.
const log = (s) => console.log(s);
addEventListener("error", (e) => {
  log(`error event: ${e.message} filename-is-string=${typeof e.filename} lineno>0=${e.lineno > 0}`);
  e.preventDefault();
});
queueMicrotask(() => { log("micro 1 throws"); throw new Error("micro boom"); });
queueMicrotask(() => log("micro 2"));
setTimeout(() => log("timer runs"), 5);
