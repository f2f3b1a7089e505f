// Async functions returning thenables that resolve later (via timers), reject, throw, or call both callbacks; checks which settles first.
const log = (...a) => console.log(...a);
async function f1() { return { then(r) { setTimeout(() => r("f1 late"), 20); } }; }
async function f2() { return { then(_, j) { j(new Error("f2 rejected")); } }; }
async function f3() { return { then() { throw "f3 thrown"; } }; }
async function f4() { return { then(r, j) { r("f4 first"); j("f4 ignored"); throw "ignored too"; } }; }
async function f5() { return { then: 42, value: "f5 plain object" }; }
f1().then(log);
f2().catch((e) => log("caught", e.message));
f3().catch((e) => log("caught", e));
f4().then(log);
f5().then((o) => log(o.value, o.then));
Promise.resolve().then(() => log("micro 1")).then(() => log("micro 2")).then(() => log("micro 3"));
setTimeout(() => log("timeout 0"), 0);
log("sync");
