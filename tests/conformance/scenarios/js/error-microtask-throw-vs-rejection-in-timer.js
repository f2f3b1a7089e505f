// Inside a timer callback: a rejection becomes unhandled and a queued microtask throws; which error is reported, exit 1.
setTimeout(() => {
  console.log("timer");
  Promise.reject(new Error("unhandled rejection in timer"));
  queueMicrotask(() => console.log("first microtask"));
  queueMicrotask(() => { throw new Error("microtask throw in timer"); });
  queueMicrotask(() => console.log("third microtask"));
}, 1);
