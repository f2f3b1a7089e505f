// A timer throws an uncaught Error; the microtasks it queued before throwing still run? The later timers in the same list and other lists do not.
const log = (s) => console.log(s);
setTimeout(() => log("first 0"), 0);
setTimeout(() => {
  log("thrower starts");
  Promise.resolve().then(() => log("microtask queued by thrower"));
  queueMicrotask(() => log("queueMicrotask queued by thrower"));
  throw new RangeError("timer failure");
}, 0);
setTimeout(() => log("third 0 (same list)"), 0);
setTimeout(() => log("40 later"), 40);
Promise.resolve().then(() => log("top-level microtask"));
log("sync end");
