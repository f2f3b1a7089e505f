// A synchronous top-level throw: queued microtasks still run and an already-expired timer still fires before "error: Uncaught (in promise)"; exit 1.
console.log("before throw");
setTimeout(() => console.log("expired 1 ms timer still runs"), 1);
setTimeout(() => console.log("never: 60 ms timer"), 60);
queueMicrotask(() => console.log("microtask queued before the throw"));
function thrower() {
  throw new TypeError("top-level failure");
}
// Busy-wait so the 1 ms timer has expired before the event loop starts.
const start = performance.now();
while (performance.now() - start < 30) { /* spin */ }
thrower();
console.log("never: after throw");
