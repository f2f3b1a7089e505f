// Promise.try / Promise.withResolvers: values, errors, subclassing and microtask ordering.
const log = [];
let tick = 0;
const ticker = (n) => {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(`tick ${++tick}`));
  return p;
};
ticker(12);
Promise.try(() => 1).then((v) => log.push(`try sync value ${v}`));
Promise.try(() => { throw new Error("sync throw"); }).catch((e) => log.push(`try sync throw ${e.message}`));
Promise.try(() => Promise.resolve(2)).then((v) => log.push(`try returns promise ${v}`));
Promise.try(() => ({ then(r) { r(3); } })).then((v) => log.push(`try returns thenable ${v}`));
Promise.try(async () => 4).then((v) => log.push(`try async fn ${v}`));
Promise.try((a, b) => a + b, 5, 6).then((v) => log.push(`try args ${v}`));
Promise.try(5).catch((e) => log.push(`try non-callable ${e.constructor.name}: ${e.message}`));
Promise.try(function () { return this; }).then((v) => log.push(`try this ${v}`));
log.push("sync: try ran callback synchronously? " + (() => { let ran = false; Promise.try(() => { ran = true; }); return ran; })());
const { promise, resolve, reject } = Promise.withResolvers();
promise.then((v) => log.push(`withResolvers resolved ${v}`));
resolve("r1");
resolve("r2");
reject(new Error("ignored"));
const wr = Promise.withResolvers();
wr.promise.catch((e) => log.push(`withResolvers rejected ${e}`));
wr.reject("no");
const wr3 = Promise.withResolvers();
wr3.promise.then((v) => log.push(`withResolvers thenable ${v}`));
wr3.resolve(Promise.resolve("via promise"));
setTimeout(() => {
  console.log(log.join("\n"));
  const show = (label, f) => {
    try {
      console.log(label, f());
    } catch (e) {
      console.log(label, "THROW", e.constructor.name, e.message);
    }
  };
  show("withResolvers shape", () => Object.keys(Promise.withResolvers()));
  show("withResolvers proto", () => Object.getPrototypeOf(Promise.withResolvers()) === Object.prototype);
  class MyPromise extends Promise {}
  show("subclass withResolvers", () => Promise.withResolvers.call(MyPromise).promise instanceof MyPromise);
  show("subclass try", () => MyPromise.try(() => 1) instanceof MyPromise);
  show("withResolvers non-object", () => Promise.withResolvers.call(1));
  show("withResolvers plain fn", () => Promise.withResolvers.call(function () {}));
  show("withResolvers arrow", () => Promise.withResolvers.call(() => {}));
  show("try non-object", () => Promise.try.call(1, () => {}));
  show("try undefined this", () => Promise.try.call(undefined, () => {}));
  show("try object this", () => Promise.try.call({}, () => {}));
  show("try double executor", () => Promise.try.call(function (executor) { executor(() => {}, () => {}); executor(() => {}, () => {}); }, () => {}));
  show("custom capability", () => {
    const calls = [];
    function C(executor) {
      executor((v) => calls.push(`resolve ${v}`), (e) => calls.push(`reject ${e}`));
    }
    Promise.try.call(C, () => "val");
    Promise.try.call(C, () => { throw "err"; });
    return calls;
  });
  show("withResolvers", () => Promise.withResolvers());
  for (const m of ["try", "withResolvers"]) {
    const d = Object.getOwnPropertyDescriptor(Promise, m);
    console.log(m, d.value.length, d.writable, d.enumerable, d.configurable, d.value, String(d.value));
  }
  show("new Promise.try", () => new Promise.try(() => {}));
}, 10);
