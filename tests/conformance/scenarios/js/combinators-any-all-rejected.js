// Promise.any with all inputs rejected: AggregateError shape and printing; Promise.any([]) rejects synchronously-ish; caught versions.
Promise.any([Promise.reject(new Error("e1")), Promise.reject("e2"), Promise.reject(3)]).catch((e) => {
  console.log(e instanceof AggregateError, e.name, JSON.stringify(e.message));
  console.log(e.errors);
  console.log(e);
});
Promise.any([]).catch((e) => console.log("empty:", e.message, e.errors));
Promise.any([Promise.reject(1), Promise.resolve("ok")]).then((v) => console.log("any ok", v));
Promise.any([new Promise((_, r) => setTimeout(() => r(new Error("late")), 20)), Promise.reject(new Error("early"))])
  .catch((e) => console.log("timed", e.errors.map((x) => x.message)));
console.log("sync end");
