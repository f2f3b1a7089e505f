// The then getter of a resolution value is read once, synchronously, during resolve; its then() call runs in a later job; a getter that throws rejects.
const log = (s) => console.log(s);
let reads = 0;
const obj = { get then() { reads++; log("then getter read #" + reads); return (r) => { log("then invoked"); r("value"); }; } };
const p = new Promise((r) => { log("before resolve"); r(obj); log("after resolve"); });
p.then((v) => log("settled with " + v + ", reads=" + reads));
const bad = { get then() { throw new Error("getter boom"); } };
Promise.resolve().then(() => bad).catch((e) => log("rejected: " + e.message));
queueMicrotask(() => log("queueMicrotask"));
log("sync end");
