// Top-level await of a timer promise: microtasks queued before the await run first, timers due earlier fire while the module is suspended.
console.log("before TLA");
queueMicrotask(() => console.log("microtask queued before TLA"));
Promise.resolve().then(() => console.log("promise queued before TLA"));
setTimeout(() => console.log("1 ms timer fires during TLA"), 1);
const value = await new Promise((resolve) => setTimeout(() => {
  console.log("40 ms timer resolves the TLA promise");
  queueMicrotask(() => console.log("microtask queued in the resolving timer"));
  resolve("tla value");
}, 40));
console.log("after TLA:", value);
setTimeout(() => console.log("timer scheduled after TLA"), 0);
queueMicrotask(() => console.log("microtask queued after TLA"));
console.log("end of module");
