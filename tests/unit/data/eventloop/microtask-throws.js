queueMicrotask(() => { throw new Error("in microtask"); });
queueMicrotask(() => console.log("second microtask"));
setTimeout(() => console.log("timer"), 1);
