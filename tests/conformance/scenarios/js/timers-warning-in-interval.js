// The first warning raised inside an interval callback, with another timer list due in the same batch; then the second warning type raised later.
const log = (s) => console.log(s);
let n = 0;
const iv = setInterval(() => {
  n++;
  log(`interval ${n}`);
  if (n === 1) setTimeout(() => log("negative from interval"), -1);
  if (n === 2) { setTimeout(() => log("NaN from interval"), "x"); clearInterval(iv); }
  queueMicrotask(() => log(`interval ${n} microtask`));
}, 5);
setTimeout(() => log("6 ms timer"), 6);
const start = performance.now();
while (performance.now() - start < 20) { /* spin: interval and 6 ms timer expire together */ }
