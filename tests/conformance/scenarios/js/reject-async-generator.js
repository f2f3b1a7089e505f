// Async generator that throws after yielding: for-await catch order vs plain microtasks, then an unhandled rejection from next().
const log = (s) => console.log(s);
async function* gen() {
  yield 1;
  log("gen before throw");
  throw new Error("gen failed");
}
(async () => {
  try {
    for await (const v of gen()) log(`value ${v}`);
  } catch (e) {
    log(`caught ${e.message}`);
  }
})();
Promise.resolve().then(() => log("p1")).then(() => log("p2")).then(() => log("p3")).then(() => log("p4"));
setTimeout(() => {
  const g = gen();
  g.next().then((r) => log(`next ${r.value}`));
  g.next();
}, 10);
