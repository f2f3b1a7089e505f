// microtasks-queue: one chain of N queueMicrotask callbacks; each callback queues the next one.
// Reports microtasks run per second of wall time, from the first queueMicrotask call to the
// last callback.
const N = 4000000;
let n = 0;
let t0 = 0;
function step() {
  if (++n < N) {
    queueMicrotask(step);
  } else {
    const ms = performance.now() - t0;
    console.log(`RESULT microtasks_queue_per_s ${Math.round(N / (ms / 1000))}`);
  }
}
t0 = performance.now();
queueMicrotask(step);
