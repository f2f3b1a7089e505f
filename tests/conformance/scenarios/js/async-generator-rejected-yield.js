// An async generator yielding a rejected promise (the rejection is thrown at the yield inside the generator) and catching it; and an uncaught one that ends the loop.
const log = (s) => console.log(s);
async function* g() {
  try {
    yield Promise.reject(new Error("yielded rejection"));
    log("never after yield");
  } catch (e) {
    log(`generator caught: ${e.message}`);
    yield "recovered";
  }
  yield "last";
}
(async () => {
  for await (const v of g()) log(`got ${v}`);
  async function* bad() { yield 1; yield Promise.reject(new Error("escapes")); yield 3; }
  try {
    for await (const v of bad()) log(`bad got ${v}`);
  } catch (e) {
    log(`loop caught: ${e.message}`);
  }
})();
Promise.resolve().then(() => log("p1")).then(() => log("p2")).then(() => log("p3")).then(() => log("p4"));
