// for await over an array of promises settled by timers in reverse order waits in array order; a sync iterable of thenables and plain values interleaves with microtasks.
const log = (s) => console.log(s);
const at = (ms, v) => new Promise((r) => setTimeout(() => { log("settle " + v); r(v); }, ms));
(async () => {
  for await (const v of [at(80, "first"), at(40, "second"), at(20, "third"), "plain"]) log("got " + v);
  log("array done");
  for await (const v of [{ then(r) { r("T1"); } }, 2, Promise.resolve(3)]) {
    log("mixed " + v);
    queueMicrotask(() => log("qm after " + v));
  }
  log("mixed done");
})();
log("sync");
