// Expired timers from different delay lists, all due in the same turn, fire by expiry with a microtask checkpoint between each.
setTimeout(() => { console.log("10ms"); queueMicrotask(() => console.log("10ms micro")); }, 10);
setTimeout(() => { console.log("1ms"); queueMicrotask(() => console.log("1ms micro")); }, 1);
setTimeout(() => { console.log("5ms"); queueMicrotask(() => console.log("5ms micro")); }, 5);
setTimeout(() => { console.log("1ms second"); queueMicrotask(() => console.log("1ms second micro")); }, 1);
const start = performance.now();
while (performance.now() - start < 50) { /* spin: every timer above is due afterwards */ }
Promise.resolve().then(() => console.log("top-level microtask"));
console.log("busy wait done");
