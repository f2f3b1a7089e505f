// Array.fromAsync over an async generator, an array of promises and a sync iterable of thenables, interleaved with a promise chain.
const log = (s) => console.log(s);
async function* gen() {
  for (let i = 0; i < 3; i++) {
    log(`gen yields ${i}`);
    yield i;
  }
}
Array.fromAsync(gen()).then((a) => log(`from async gen: ${JSON.stringify(a)}`));
Array.fromAsync([Promise.resolve("a"), "b", Promise.resolve("c")]).then((a) => log(`from promises: ${JSON.stringify(a)}`));
Array.fromAsync([1, 2], async (x) => x * 10).then((a) => log(`with mapper: ${JSON.stringify(a)}`));
Array.fromAsync({ length: 2, 0: "x", 1: Promise.resolve("y") }).then((a) => log(`array-like: ${JSON.stringify(a)}`));
Promise.resolve().then(() => log("t1")).then(() => log("t2")).then(() => log("t3")).then(() => log("t4")).then(() => log("t5")).then(() => log("t6"));
