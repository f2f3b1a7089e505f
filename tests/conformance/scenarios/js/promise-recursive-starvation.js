// Microtasks that keep rescheduling themselves for 30 ms starve an expired timer and an immediate; count is not printed, only order.
const log = (s) => console.log(s);
setTimeout(() => log("timer 1ms"), 1);
setImmediate(() => log("immediate"));
const start = performance.now();
let done = false;
function spin() {
  if (performance.now() - start < 30) Promise.resolve().then(spin);
  else { done = true; log("spin finished"); }
}
spin();
process.nextTick(() => log(`tick before spin finished: ${!done}`));
