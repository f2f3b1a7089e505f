// timers-batch: schedule N timers at once from the top level, in batches of BATCH
// (alternating setTimeout(f, 0) and setTimeout(f, 1) inside each batch), and let them all fire.
// Reports how many timers were scheduled and fired per second of wall time, measured from
// just before the first setTimeout call to the moment the last callback runs.
const N = 100000;
const BATCH = 1000;
let fired = 0;
let t0 = 0;
function onTimer() {
  if (++fired === N) {
    const ms = performance.now() - t0;
    console.log(`RESULT timers_batch_per_s ${Math.round(N / (ms / 1000))}`);
  }
}
t0 = performance.now();
for (let b = 0; b < N / BATCH; ++b) {
  for (let i = 0; i < BATCH; ++i) setTimeout(onTimer, i & 1);
}
