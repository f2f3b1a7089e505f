// Promise.all: results in input order, settles a fixed number of turns after the last input; first rejection wins; empty input.
let p = Promise.resolve();
for (let i = 1; i <= 6; i++) p = p.then(() => console.log("tick", i));
Promise.all([1, Promise.resolve(2), { then(r) { r(3); } }]).then((v) => console.log("all ->", v));
Promise.all([]).then((v) => console.log("all([]) ->", v));
Promise.all([
  new Promise((r) => setTimeout(() => r("slow"), 40)),
  new Promise((_, rej) => setTimeout(() => rej(new Error("fast failure")), 20)),
]).catch((e) => console.log("all rejected:", e.message));
Promise.all([
  new Promise((r) => setTimeout(() => r("x"), 60)),
  new Promise((r) => setTimeout(() => r("y"), 80)),
]).then((v) => console.log("timed all ->", v));
