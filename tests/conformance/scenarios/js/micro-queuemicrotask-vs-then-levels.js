// Nested queueMicrotask vs then at several levels: each level's jobs join the back of the single FIFO queue.
const log = (s) => console.log(s);
queueMicrotask(() => {
  log("q1");
  queueMicrotask(() => log("q1.q"));
  Promise.resolve().then(() => log("q1.p"));
});
Promise.resolve().then(() => {
  log("p1");
  queueMicrotask(() => { log("p1.q"); queueMicrotask(() => log("p1.q.q")); });
  return undefined;
}).then(() => log("p1 -> p2"));
Promise.reject(new Error("x")).catch(() => log("catch1")).finally(() => log("finally1"));
queueMicrotask(() => log("q2"));
Promise.resolve().then(() => Promise.resolve()).then(() => log("after returned promise"));
(async () => { log("async sync part"); await undefined; log("async 1"); await undefined; log("async 2"); })();
log("sync");
