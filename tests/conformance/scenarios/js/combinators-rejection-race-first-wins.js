// Several rejections inside Promise.all / any: the first rejection wins for all, later rejections are silently handled; any collects errors in input order, not settle order.
const log = (...a) => console.log(...a);
const rejAfter = (ms, why) => new Promise((_, j) => setTimeout(() => { log("rejecting", why); j(new Error(why)); }, ms));
Promise.all([rejAfter(60, "third"), rejAfter(20, "first"), rejAfter(40, "second")])
  .catch((e) => log("all rejected with:", e.message));
Promise.any([rejAfter(60, "A"), rejAfter(20, "B"), rejAfter(40, "C")])
  .catch((e) => log("any errors:", e.errors.map((x) => x.message).join(","), "|", e.message));
Promise.race([rejAfter(20, "race-first"), new Promise((r) => setTimeout(() => r("race-late"), 40))])
  .then((v) => log("race ok", v), (e) => log("race rejected:", e.message));
Promise.all([Promise.reject(new Error("sync-rej-1")), Promise.reject(new Error("sync-rej-2"))])
  .catch((e) => log("all sync rejected with:", e.message));
setTimeout(() => log("done"), 80);
