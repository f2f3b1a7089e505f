// "load", "beforeunload" and "unload" events on globalThis relative to module evaluation, a top-level await, microtasks and timers.
const log = (s) => console.log(s);
globalThis.addEventListener("load", () => {
  log("load event");
  queueMicrotask(() => log("microtask from load"));
  setTimeout(() => log("timer from load"), 1);
});
let extended = false;
globalThis.addEventListener("beforeunload", (e) => {
  log("beforeunload event");
  if (!extended) {
    extended = true;
    setTimeout(() => log("timer scheduled in beforeunload"), 5);
  }
});
globalThis.addEventListener("unload", () => log("unload event"));
log("module start");
queueMicrotask(() => log("top-level microtask"));
await new Promise((r) => setTimeout(r, 10));
log("after top-level await");
setTimeout(() => log("timer after TLA"), 5);
