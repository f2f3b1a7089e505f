// Promise.allSettled reports every outcome in input order and never rejects; its ordering against a microtask ticker.
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) p = p.then(() => console.log("tick", i));
Promise.allSettled([
  Promise.resolve("ok"),
  Promise.reject(new Error("bad")),
  42,
  Promise.reject("plain string"),
]).then((results) => {
  console.log("allSettled ->");
  for (const r of results) console.log(" ", r.status, r.status === "fulfilled" ? r.value : String(r.reason));
});
Promise.allSettled([]).then((v) => console.log("allSettled([]) ->", v));
Promise.allSettled([Promise.resolve(1), Promise.reject(2)]).then((v) => console.log(v));
