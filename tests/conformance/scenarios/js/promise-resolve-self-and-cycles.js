// Resolving a promise with itself rejects with a TypeError; resolving with a promise that later rejects; then-callbacks returning the same promise.
const log = (...a) => console.log(...a);
let res;
const p = new Promise((r) => { res = r; });
res(p);
p.catch((e) => log("self-resolve:", e.constructor.name, e.message));
const q = Promise.resolve(1).then(() => q);
q.catch((e) => log("chain cycle:", e.constructor.name, e.message));
const late = new Promise((_, j) => setTimeout(() => j(new Error("late reject")), 20));
new Promise((r) => r(late)).then(() => log("never"), (e) => log("adopted rejection:", e.message));
log("sync");
