// Promise.any: first fulfilment wins over earlier rejections; all rejected gives an AggregateError (name, message, errors array); any([]) rejects too.
const after = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.any([after(20, "early reject", true), after(40, "winner"), after(60, "late")]).then((v) => console.log("any ->", v));
Promise.any([Promise.reject(new Error("e1")), Promise.reject(new TypeError("e2"))]).catch((e) => {
  console.log("name:", e.name);
  console.log("message:", e.message);
  console.log("instanceof AggregateError:", e instanceof AggregateError);
  console.log("errors:", e.errors.map((x) => x.message));
});
Promise.any([]).catch((e) => console.log("any([]) rejects with", e.constructor.name, "errors length", e.errors.length));
