// A rejection left unhandled by a timer callback is reported before the next expired timer of the same batch runs; exit 1.
setTimeout(() => {
  console.log("timer 1 rejects");
  const p = Promise.reject(new Error("rejected in timer 1"));
  queueMicrotask(() => console.log("timer 1 microtask still runs"));
  setTimeout(() => p.catch(() => console.log("never: handler")), 1);
}, 1);
setTimeout(() => console.log("never: timer 2 in the same batch"), 1);
const start = performance.now();
while (performance.now() - start < 30) { /* spin: both 1 ms timers expire together */ }
