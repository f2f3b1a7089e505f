// The load event waits for top-level await; load listeners added after the await; onload property and order with microtasks.
const log = (s) => console.log(s);
globalThis.onload = () => log("onload property");
addEventListener("load", (e) => log(`load listener 1 type=${e.type} target===globalThis ${e.target === globalThis}`));
queueMicrotask(() => log("micro before await"));
await null;
log("after await null");
addEventListener("load", () => log("load listener added after await"));
await new Promise((r) => setTimeout(r, 5));
log("after timer await");
addEventListener("load", () => {
  log("load listener 3");
  process.nextTick(() => log("tick from load"));
  queueMicrotask(() => log("micro from load"));
});
