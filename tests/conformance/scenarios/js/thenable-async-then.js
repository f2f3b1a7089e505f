// Thenables whose then() settles later (via queueMicrotask and via setTimeout) and one whose then() throws after resolving.
const viaMicrotask = { then(res) { console.log("viaMicrotask.then"); queueMicrotask(() => res("micro value")); } };
const viaTimer = { then(res) { console.log("viaTimer.then"); setTimeout(() => res("timer value"), 20); } };
const throwsAfter = { then(res) { res("resolved first"); throw new Error("ignored"); } };
const throwsBefore = { then() { throw new Error("thrown in then"); } };
Promise.resolve(viaTimer).then((v) => console.log("got", v));
Promise.resolve(viaMicrotask).then((v) => console.log("got", v));
Promise.resolve(throwsAfter).then((v) => console.log("got", v));
Promise.resolve(throwsBefore).catch((e) => console.log("caught", e.message));
setTimeout(() => console.log("timer 1ms"), 1);
let p = Promise.resolve();
for (let i = 1; i <= 4; i++) p = p.then(() => console.log("tick", i));
