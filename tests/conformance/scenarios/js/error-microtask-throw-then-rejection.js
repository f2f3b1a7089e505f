// Top level: the throwing microtask is queued BEFORE the unhandled rejection is created (rejection made inside a later microtask); which error is reported, exit 1.
console.log("start");
queueMicrotask(() => { throw new Error("microtask throw first"); });
queueMicrotask(() => { console.log("second microtask creates rejection"); Promise.reject(new Error("rejection second")); });
