// Promise.race with already-settled inputs, non-promises, thenables and an empty iterable; which wins and when.
const log = (s) => console.log(s);
Promise.race([new Promise(() => {}), Promise.resolve("resolved"), Promise.reject(new Error("rejected later in list"))])
  .then((v) => log(`race1 ${v}`), (e) => log(`race1 err ${e.message}`));
Promise.race([Promise.reject(new Error("first rejected")), Promise.resolve("second")])
  .then((v) => log(`race2 ${v}`), (e) => log(`race2 err ${e.message}`));
Promise.race([{ then(r) { log("thenable then runs"); r("thenable"); } }, "plain value"])
  .then((v) => log(`race3 ${v}`));
Promise.race(["plain first", Promise.resolve("promise second")]).then((v) => log(`race4 ${v}`));
const forever = Promise.race([]);
setTimeout(() => log("race over [] still pending"), 20);
forever.then(() => log("never"));
Promise.race("ab").then((v) => log(`race5 over string ${v}`));
Promise.race(42).catch((e) => log(`race6 ${e.constructor.name}: ${e.message}`));
Promise.resolve().then(() => log("tick 1")).then(() => log("tick 2")).then(() => log("tick 3")).then(() => log("tick 4"));
log("sync end");
