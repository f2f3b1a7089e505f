// A warning raised at top level is printed from a nextTick: after the module's microtasks, and
// (the busy wait makes the clamped timer expire first) after the first expired timer.
setTimeout(() => console.log("nan timer"), NaN);
setTimeout(() => console.log("second timer"), 1);
queueMicrotask(() => console.log("microtask"));
Promise.resolve().then(() => console.log("then"));
console.log("top");
const start = performance.now();
while (performance.now() - start < 20) { /* let both timers expire */ }
