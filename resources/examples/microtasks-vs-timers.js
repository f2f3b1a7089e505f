// Microtasks run at checkpoints; timers run in the loop's timer phase.
// Deno 2.9 prints: sync, microtask, promise, timeout 1, microtask from timer, timeout 2.
console.log("sync");
setTimeout(() => {
  console.log("timeout 1");
  queueMicrotask(() => console.log("microtask from timer"));
}, 0);
setTimeout(() => console.log("timeout 2"), 0);
queueMicrotask(() => console.log("microtask"));
Promise.resolve().then(() => console.log("promise"));
