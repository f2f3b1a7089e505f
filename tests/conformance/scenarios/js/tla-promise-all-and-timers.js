// Top-level await of Promise.all over timers of 20/40/60 ms, then of an async IIFE; output after module evaluation interleaves with leftover timers.
const log = (s) => console.log(s);
const t = (ms) => new Promise((r) => setTimeout(() => { log("timer " + ms); r(ms); }, ms));
setTimeout(() => log("leftover 100"), 100);
const all = await Promise.all([t(60), t(20), t(40)]);
log("all " + all.join(","));
const x = await (async () => { await t(20); return "iife"; })();
log("iife result " + x);
queueMicrotask(() => log("microtask after last await"));
log("module end");
