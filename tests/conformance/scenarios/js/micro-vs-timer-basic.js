// Basic order: synchronous code, then microtasks (promise jobs and queueMicrotask FIFO), then a 0 ms timer.
console.log("script start");
setTimeout(() => console.log("setTimeout 0"), 0);
Promise.resolve().then(() => console.log("promise.then 1"));
queueMicrotask(() => console.log("queueMicrotask 1"));
Promise.resolve().then(() => console.log("promise.then 2"));
queueMicrotask(() => console.log("queueMicrotask 2"));
console.log("script end");
