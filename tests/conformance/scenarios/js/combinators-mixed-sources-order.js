// Promise.all / race / any / allSettled over mixes of timers (20 ms apart), resolved promises, plain values and thenables; settlement order and results.
const log = (...a) => console.log(...a);
const after = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => { log(`timer ${ms} fires`); fail ? rej(v) : res(v); }, ms));
const th = (v) => ({ then(r) { log(`thenable ${v} then()`); r(v); } });
const bad = (v) => ({ then(_, j) { j(v); } });
Promise.all([after(40, "a"), 1, th("t"), Promise.resolve("p"), after(20, "b")]).then((v) => log("all:", v));
Promise.race([after(60, "slow"), th("race-thenable"), Promise.resolve("race-resolved")]).then((v) => log("race:", v));
Promise.any([bad("x"), after(80, "e1", true), after(100, "any-ok")]).then((v) => log("any:", v));
Promise.allSettled([bad("y"), th("z"), after(120, "late-fail", true), 7]).then((r) => log("allSettled:", JSON.stringify(r)));
Promise.race([]).then(() => log("never"));
Promise.all([]).then((v) => log("all([]):", v));
Promise.any([]).catch((e) => log("any([]):", e.constructor.name, e.errors.length, e.message));
Promise.allSettled([]).then((v) => log("allSettled([]):", v));
log("sync end");
