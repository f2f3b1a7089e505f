// timers-chain: CHAINS independent timer chains run side by side; every callback schedules the
// next timer of its chain (alternating setTimeout(f, 0) and setTimeout(f, 1)), so the event loop
// keeps CHAINS timers pending at all times. After DURATION_MS of wall time the chains stop
// rescheduling. Reports timers fired per second of wall time (first setTimeout to last callback).
const CHAINS = 1000;
const DURATION_MS = 1000;
let fired = 0;
let live = CHAINS;
let t0 = 0;
function step(k) {
  ++fired;
  if (performance.now() - t0 < DURATION_MS) {
    setTimeout(step, k & 1, k + 1);
  } else if (--live === 0) {
    const ms = performance.now() - t0;
    console.log(`RESULT timers_chain_per_s ${Math.round(fired / (ms / 1000))}`);
  }
}
t0 = performance.now();
for (let c = 0; c < CHAINS; ++c) setTimeout(step, c & 1, c);
