// A long chain of recursive nextTicks (5000) and of microtasks runs to completion before an already-expired timer.
const log = (s) => console.log(s);
const start = performance.now();
setTimeout(() => log("timer after all ticks"), 1);
let n = 0;
function again() {
  if (++n < 5000) process.nextTick(again);
  else log(`ticks done: ${n}`);
}
process.nextTick(again);
let m = 0;
function micro() {
  if (++m < 5000) queueMicrotask(micro);
  else log(`micros done: ${m}`);
}
queueMicrotask(micro);
while (performance.now() - start < 5) {}
