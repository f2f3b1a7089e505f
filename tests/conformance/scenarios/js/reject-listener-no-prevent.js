// An unhandledrejection listener that does not call preventDefault: it runs (after microtasks), then the process still fails, exit 1.
const log = (s) => console.log(s);
globalThis.addEventListener("unhandledrejection", (e) => {
  log(`listener saw: ${e.reason.message}`);
  queueMicrotask(() => log("microtask queued by the listener"));
  setTimeout(() => log("timer queued by the listener (never?)"), 1);
});
Promise.reject(new Error("not prevented"));
queueMicrotask(() => log("ordinary microtask"));
