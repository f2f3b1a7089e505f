// Top-level await inside a for loop over timers while background intervals, timeouts and microtasks interleave; the module finishes, then remaining timers run.
const log = (s) => console.log(s);
const sleep = (ms, tag) => new Promise((r) => setTimeout(() => { log("sleep done " + tag); r(tag); }, ms));
let n = 0;
const iv = setInterval(() => { n++; log("bg interval " + n); if (n === 4) clearInterval(iv); }, 50);
setTimeout(() => log("bg timeout 110"), 110);
for (let i = 0; i < 4; i++) {
  Promise.resolve().then(() => log("micro before await " + i));
  const v = await sleep(40, "s" + i);
  log("loop " + i + " got " + v);
}
log("loop finished");
await null;
log("after await null");
setTimeout(() => log("scheduled after loop"), 0);
