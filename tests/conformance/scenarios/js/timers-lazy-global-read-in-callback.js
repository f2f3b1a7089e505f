// First read of lazily loaded globals (globalThis.process, then globalThis.Buffer) inside timer callbacks runs a microtask checkpoint in the middle of the callback.
const log = (s) => console.log(s);
setTimeout(() => {
  log("T1 start");
  queueMicrotask(() => log("T1 microtask"));
  Promise.resolve().then(() => log("T1 promise"));
  log(`T1 typeof globalThis.process: ${typeof globalThis.process}`);
  log("T1 end");
}, 1);
setTimeout(() => {
  log("T2 start");
  queueMicrotask(() => log("T2 microtask"));
  log(`T2 typeof globalThis.process again: ${typeof globalThis.process}`);
  log(`T2 typeof globalThis.Buffer: ${typeof globalThis.Buffer}`);
  log("T2 end");
}, 1);
setTimeout(() => {
  log("T3 start");
  queueMicrotask(() => log("T3 microtask"));
  log(`T3 "structuredClone" in globalThis: ${"structuredClone" in globalThis}, typeof atob: ${typeof globalThis.atob}`);
  log("T3 end");
}, 1);
const start = performance.now();
while (performance.now() - start < 10) { /* spin */ }
