// An unref'd immediate runs in a loop turn that other work (a timer) drives, even though it cannot start a turn on its own.
const log = (s) => console.log(s);
setTimeout(() => {
  log("timer 10");
  setImmediate(() => log("unref'd immediate queued in timer 10")).unref();
}, 10);
setTimeout(() => log("timer 40"), 40);
