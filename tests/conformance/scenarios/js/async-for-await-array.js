// for await over an array of promises settling out of order (timers 60/20/40 ms) yields in array order; for await over an async generator.
const delay = (ms, v) => new Promise((r) => setTimeout(() => { console.log("timer", ms, "settles", v); r(v); }, ms));
async function overArray() {
  for await (const v of [delay(60, "a"), delay(20, "b"), "plain c", delay(40, "d")]) {
    console.log("for await got", v);
  }
  console.log("array loop done");
}
async function* countdown(n) {
  while (n > 0) {
    await delay(100, "gen " + n);
    yield n--;
  }
}
async function overGenerator() {
  await overArray();
  for await (const v of countdown(2)) console.log("generator gave", v);
  console.log("generator loop done");
}
overGenerator();
