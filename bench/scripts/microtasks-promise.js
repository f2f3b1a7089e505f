// microtasks-promise: one chain of N promise reactions; each then-callback attaches the next
// then-callback to an already resolved promise, so every step is one promise reaction job.
// Reports promise reactions run per second of wall time, from the first .then() to the last
// callback.
const N = 4000000;
const resolved = Promise.resolve();
let n = 0;
let t0 = 0;
function step() {
  if (++n < N) {
    resolved.then(step);
  } else {
    const ms = performance.now() - t0;
    console.log(`RESULT microtasks_promise_per_s ${Math.round(N / (ms / 1000))}`);
  }
}
t0 = performance.now();
resolved.then(step);
