// An uncaught throw inside a then-callback reached after several awaits kills the program before any pending timer, interval or later microtask.
const log = (s) => console.log(s);
setTimeout(() => log("timeout 0 never"), 0);
const iv = setInterval(() => log("interval never"), 1);
(async () => {
  await null;
  log("async step 1");
  await null;
  log("async step 2");
  queueMicrotask(() => { log("about to throw in queueMicrotask"); throw new Error("microtask explosion"); });
  await null;
  log("async step 3 (runs? depends on queue position)");
  await null;
  log("async step 4");
})();
Promise.resolve().then(() => log("p1")).then(() => log("p2")).then(() => log("p3")).then(() => log("p4")).then(() => log("p5"));
log("sync end");
