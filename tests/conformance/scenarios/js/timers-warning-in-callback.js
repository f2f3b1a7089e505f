// The first clamping warning of the process raised inside a timer callback prints after that callback's microtasks, before the next timer.
setTimeout(() => {
  console.log("timer A");
  setTimeout(() => console.log("inner negative timer"), -7);
  queueMicrotask(() => console.log("timer A microtask"));
  Promise.resolve().then(() => console.log("timer A promise reaction"));
  console.log("timer A end");
}, 1);
setTimeout(() => {
  console.log("timer B");
  setTimeout(() => console.log("inner negative timer 2 (no warning)"), -8);
}, 1);
setTimeout(() => console.log("timer C"), 1);
const start = performance.now();
while (performance.now() - start < 30) { /* spin: A, B and C expire together */ }
