// An unhandledrejection listener (preventing default) is called between two timers of the same batch when the first creates an unhandled rejection.
const log = (s) => console.log(s);
globalThis.addEventListener("unhandledrejection", (e) => {
  log(`listener: ${e.reason}`);
  e.preventDefault();
});
setTimeout(() => {
  log("T1");
  Promise.reject("from T1");
  queueMicrotask(() => log("T1 microtask"));
}, 1);
setTimeout(() => {
  log("T2");
  Promise.reject("from T2 (last in batch)");
}, 1);
setTimeout(() => log("T3 later"), 30);
const start = performance.now();
while (performance.now() - start < 10) { /* spin */ }
