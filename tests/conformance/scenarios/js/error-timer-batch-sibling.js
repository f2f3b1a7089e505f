// An uncaught throw in the first of three timers due in the same batch: microtasks it queued and its expired siblings never run, exit 1.
const log = (s) => console.log(s);
setTimeout(() => {
  log("T1 throws");
  Promise.resolve().then(() => log("T1 promise (never?)"));
  throw new Error("T1 failure");
}, 1);
setTimeout(() => log("T2 sibling (never?)"), 1);
setTimeout(() => log("T3 other list (never?)"), 2);
const start = performance.now();
while (performance.now() - start < 10) { /* spin: all expired */ }
