// A top-level rejection is only checked after the timers phase: a timer that already expired when the loop starts can still handle it; exit 0.
const p = Promise.reject(new Error("handled by the expired timer"));
setTimeout(() => {
  console.log("expired timer attaches the handler");
  p.catch((e) => console.log("caught:", e.message));
}, 1);
console.log("end of script");
const start = performance.now();
while (performance.now() - start < 30) { /* spin: the 1 ms timer is expired before the loop starts */ }
