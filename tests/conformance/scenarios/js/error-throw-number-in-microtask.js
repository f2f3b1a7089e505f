// Throwing a number inside queueMicrotask: reported as uncaught 42 (not "in promise"); later microtasks and timers do not run.
console.log("start");
queueMicrotask(() => {
  console.log("microtask throws");
  throw 42;
});
queueMicrotask(() => console.log("second microtask?"));
setTimeout(() => console.log("never: timer"), 20);
