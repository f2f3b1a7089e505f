// A throw after a top-level await, with microtasks and an already expired timer queued before it: which of them still runs before the error.
const log = (s) => console.log(s);
await null;
log("after first await");
setTimeout(() => log("expired timer"), 1);
queueMicrotask(() => log("microtask queued before the throw"));
Promise.resolve().then(() => log("promise queued before the throw"));
const start = performance.now();
while (performance.now() - start < 10) { /* spin */ }
throw new Error("thrown after TLA");
