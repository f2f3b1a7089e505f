// Promise.race settles with the first input to settle: timers 20 ms apart, a synchronous value, a rejection, and race([]) that never settles.
const after = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.race([after(60, "slow"), after(20, "fast"), after(40, "medium")]).then((v) => console.log("race 1 ->", v));
Promise.race([after(20, "timer"), "immediate value"]).then((v) => console.log("race 2 ->", v));
Promise.race([after(60, "late"), after(20, "early failure", true)]).then(
  (v) => console.log("race 3 fulfilled", v),
  (e) => console.log("race 3 rejected:", e.message),
);
Promise.race([]).then(() => console.log("never"));
Promise.race([Promise.resolve("a"), Promise.resolve("b")]).then((v) => console.log("race 4 ->", v));
queueMicrotask(() => console.log("plain microtask"));
