// Promise.all / allSettled with thenables (sync, async, throwing, double-resolving) mixed with values: result order and tick timing.
const log = (s) => console.log(s);
const syncThen = { then(r) { log("syncThen.then"); r("sync"); } };
const lateThen = { then(r) { log("lateThen.then"); setTimeout(() => r("late"), 10); } };
const throwingThen = { then() { log("throwingThen.then"); throw new Error("then threw"); } };
const twice = { then(r, j) { log("twice.then"); r("first"); r("second"); j(new Error("ignored")); } };
Promise.all([syncThen, 1, lateThen, twice, Promise.resolve("native")]).then((v) => log(`all: ${JSON.stringify(v)}`));
Promise.all([syncThen, throwingThen]).catch((e) => log(`all rejected: ${e.message}`));
Promise.allSettled([throwingThen, twice, 7]).then((r) => log(`settled: ${JSON.stringify(r.map((x) => x.status + ":" + (x.value ?? x.reason.message)))}`));
const getterThen = {};
Object.defineProperty(getterThen, "then", { get() { log("then getter read"); return undefined; } });
Promise.all([getterThen]).then((v) => log(`getter thenable passed as value: ${v[0] === getterThen}`));
Promise.resolve().then(() => log("tick 1")).then(() => log("tick 2")).then(() => log("tick 3")).then(() => log("tick 4"));
log("sync end");
