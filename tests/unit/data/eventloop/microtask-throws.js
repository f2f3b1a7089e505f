// An exception thrown by a microtask in the module's final checkpoint drops the rest of that
// checkpoint's microtasks, but Deno reports it only at the end of the next loop iteration:
// the already expired timer still runs first.
queueMicrotask(() => { throw new Error("in microtask"); });
queueMicrotask(() => console.log("never: second microtask"));
setTimeout(() => console.log("expired timer"), 1);
setTimeout(() => console.log("never: later timer"), 200);
const start = performance.now();
while (performance.now() - start < 20) { /* let the 1 ms timer expire */ }
