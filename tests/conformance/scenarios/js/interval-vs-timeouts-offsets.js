// An interval of 40 ms interleaved with one-shot timeouts offset by 20 ms; each interval tick schedules a microtask and a 0 ms timeout.
const log = (s) => console.log(s);
let n = 0;
const iv = setInterval(() => {
  n++;
  log("interval " + n);
  Promise.resolve().then(() => log("  micro after interval " + n));
  setTimeout(() => log("  zero-timeout from interval " + n), 0);
  if (n === 4) clearInterval(iv);
}, 40);
for (const t of [20, 60, 100, 140, 180]) setTimeout(() => log("timeout " + t), t);
