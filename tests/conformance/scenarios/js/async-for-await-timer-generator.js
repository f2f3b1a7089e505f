// for await over an async generator that sleeps between yields, with a concurrent interval and an early break that runs the generator's finally.
const log = (s) => console.log(s);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* gen() {
  try {
    for (let i = 0; ; i++) {
      log("gen before sleep " + i);
      await sleep(40);
      log("gen yield " + i);
      yield i;
    }
  } finally {
    log("gen finally");
    await sleep(20);
    log("gen finally after sleep");
  }
}
let k = 0;
const iv = setInterval(() => { log("interval " + ++k); }, 60);
(async () => {
  for await (const v of gen()) {
    log("consumer got " + v);
    if (v === 2) { log("breaking"); break; }
  }
  log("loop done");
  clearInterval(iv);
})();
log("sync end");
