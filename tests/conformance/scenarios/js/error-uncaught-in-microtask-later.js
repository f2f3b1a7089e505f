// A throw in a microtask queued from a timer callback: later microtasks and the next expired timer of the same batch never run, exit 1.
setTimeout(() => {
  console.log("timer 1");
  queueMicrotask(() => {
    console.log("microtask from timer 1 throws");
    throw new Error("late microtask error");
  });
  queueMicrotask(() => console.log("never: second microtask"));
}, 1);
setTimeout(() => console.log("never: timer 2, same list, also expired"), 1);
setTimeout(() => console.log("never: timer 3 at 60 ms"), 60);
const start = performance.now();
while (performance.now() - start < 30) { /* spin: both 1 ms timers expire together */ }
