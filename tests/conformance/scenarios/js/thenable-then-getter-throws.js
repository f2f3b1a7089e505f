// A thenable whose then getter throws, whose then throws after resolving, and whose then is a non-callable: resolution outcomes and ordering.
const log = (s) => console.log(s);
const getterThrows = {};
Object.defineProperty(getterThrows, "then", { get() { log("getter"); throw new Error("getter threw"); } });
Promise.resolve(getterThrows).then(() => log("never"), (e) => log(`rejected: ${e.message}`));
(async () => {
  try { await getterThrows; } catch (e) { log(`await caught: ${e.message}`); }
})();
const resolvesThenThrows = { then(r) { r("resolved value"); throw new Error("ignored throw"); } };
Promise.resolve(resolvesThenThrows).then((v) => log(`value: ${v}`));
const nonCallable = { then: 42 };
Promise.resolve(nonCallable).then((v) => log(`non-callable then: ${v.then}`));
const callsBoth = { then(r, j) { j(new Error("rejected first")); r("then resolved"); } };
Promise.resolve(callsBoth).catch((e) => log(`both: ${e.message}`));
const fnThenable = Object.assign(() => {}, { then(r) { r("function thenable"); } });
Promise.resolve(fnThenable).then((v) => log(v));
log("sync end");
