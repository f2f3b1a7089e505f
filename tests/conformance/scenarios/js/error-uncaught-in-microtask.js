// A throw in a top-level queueMicrotask callback: later microtasks never run, timers already expired still fire, then "error: Uncaught", exit 1.
setTimeout(() => console.log("expired 1 ms timer still runs"), 1);
setTimeout(() => console.log("expired 1 ms timer #2 still runs"), 1);
setTimeout(() => console.log("never: 60 ms timer"), 60);
queueMicrotask(() => console.log("microtask 1"));
queueMicrotask(() => {
  console.log("microtask 2 throws");
  throw new RangeError("bad microtask");
});
queueMicrotask(() => console.log("never: microtask 3"));
Promise.resolve().then(() => console.log("never: promise reaction after the throw"));
// Busy-wait so both 1 ms timers have expired before the event loop starts.
const start = performance.now();
while (performance.now() - start < 30) { /* spin */ }
console.log("sync end");
