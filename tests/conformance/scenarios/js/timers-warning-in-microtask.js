// The first clamping warning raised inside a microtask of a timer callback (V8 re-entrancy guard: no checkpoint during the lazy load) vs the callback's other microtasks and the next timer.
const log = (s) => console.log(s);
setTimeout(() => {
  log("timer A");
  queueMicrotask(() => {
    log("A microtask 1");
    setTimeout(() => log("negative timer from microtask"), -3);
    log("A microtask 1 end");
  });
  queueMicrotask(() => log("A microtask 2"));
  Promise.resolve().then(() => log("A promise 1")).then(() => log("A promise 2"));
}, 1);
setTimeout(() => log("timer B"), 1);
const start = performance.now();
while (performance.now() - start < 20) { /* spin: A and B expire together */ }
