// A top-level throw after an await: an expired timer scheduled just before it does NOT run (unlike a throw before any await); exit 1.
console.log("before await");
setTimeout(() => console.log("timer during await"), 1);
await new Promise((r) => setTimeout(r, 30));
console.log("after await");
setTimeout(() => console.log("never: timer scheduled after the await"), 1);
queueMicrotask(() => console.log("microtask queued before the throw"));
const start = performance.now();
while (performance.now() - start < 30) { /* spin: that 1 ms timer has expired */ }
throw new Error("thrown after await");
