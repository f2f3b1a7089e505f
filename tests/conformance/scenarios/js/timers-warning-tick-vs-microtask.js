// Once a warning was raised at top level, a warning of another type raised in a timer callback prints before that callback's microtasks.
setTimeout(() => console.log("negative timer"), -1);
let start = performance.now();
while (performance.now() - start < 30) { /* spin: the negative timer has expired before the loop starts */ }
setTimeout(() => {
  console.log("timer T");
  setTimeout(() => console.log("NaN timer"), NaN);
  queueMicrotask(() => console.log("timer T microtask"));
  Promise.resolve().then(() => console.log("timer T promise reaction"));
  console.log("timer T end");
}, 1);
setTimeout(() => console.log("timer U"), 1);
start = performance.now();
while (performance.now() - start < 30) { /* spin: T and U expire together */ }
