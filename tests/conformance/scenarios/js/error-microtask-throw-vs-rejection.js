// In one checkpoint: a rejection becomes unhandled, and a later queueMicrotask callback throws; which error is reported, exit 1.
console.log("start");
Promise.reject(new Error("unhandled rejection"));
queueMicrotask(() => console.log("first microtask"));
queueMicrotask(() => { throw new Error("microtask throw"); });
queueMicrotask(() => console.log("third microtask"));
