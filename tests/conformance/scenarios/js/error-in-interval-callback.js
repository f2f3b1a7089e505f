// An error thrown on the second run of an interval: the first run's microtask and an unrelated timer in between run, the error ends the process, exit 1.
const log = (s) => console.log(s);
let n = 0;
setInterval(() => {
  n++;
  log(`interval ${n}`);
  queueMicrotask(() => log(`interval ${n} microtask`));
  if (n === 2) throw new RangeError(`interval failed on run ${n}`);
}, 20);
setTimeout(() => log("timeout 30 between runs"), 30);
