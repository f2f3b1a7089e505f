// An interval whose callback runs longer than its period is re-armed from the batch start time, so it runs again before a timeout that was due earlier than the callback ended.
const log = (s) => console.log(s);
let n = 0;
const iv = setInterval(() => {
  n++;
  log(`interval ${n} start`);
  if (n === 1) {
    const s = performance.now();
    while (performance.now() - s < 40) { /* spin longer than the period */ }
  }
  if (n === 3) clearInterval(iv);
}, 20);
setTimeout(() => log("timeout 50"), 50);
