// Date.now and performance.now are monotonic across timers, microtasks and immediates; timers never fire early (booleans only).
const log = (s) => console.log(s);
const t0 = performance.now();
const d0 = Date.now();
const samples = [];
queueMicrotask(() => samples.push(performance.now()));
setImmediate(() => samples.push(performance.now()));
setTimeout(() => {
  const el = performance.now() - t0;
  samples.push(performance.now());
  log(`timer not early: ${el >= 25}`);
  log(`Date.now advanced: ${Date.now() - d0 >= 24}`);
  let mono = true;
  for (let i = 1; i < samples.length; i++) if (samples[i] < samples[i - 1]) mono = false;
  log(`monotonic: ${mono} samples: ${samples.length}`);
  log(`timeOrigin is number: ${typeof performance.timeOrigin} ${performance.timeOrigin > 1e12}`);
  log(`performance.now fractional type: ${typeof t0} nonnegative: ${t0 >= 0}`);
}, 25);
