// globalThis "unhandledrejection" listener: the event's reason, preventDefault keeps the process alive, and the order vs microtasks and timers.
const log = (s) => console.log(s);
globalThis.addEventListener("unhandledrejection", (e) => {
  log(`unhandledrejection: ${e.reason instanceof Error ? e.reason.message : e.reason} (type ${e.type})`);
  e.preventDefault();
});
Promise.reject(new Error("first"));
Promise.reject("second as string");
queueMicrotask(() => log("microtask"));
setTimeout(() => {
  log("timer runs after rejections were handled by the listener");
  Promise.reject(new Error("from timer"));
}, 10);
setTimeout(() => log("later timer still runs"), 30);
