// Timeout.refresh(): restarts the timer from now (moving it behind others in its list); refreshing a fired timer re-arms it; refresh returns the handle.
const log = (s) => console.log(s);
const spin = (ms) => { const s = performance.now(); while (performance.now() - s < ms) { /* spin */ } };
const a = setTimeout(() => log("A (refreshed at ~20, fires ~50)"), 30);
setTimeout(() => log("B (30 ms, created at ~0)"), 30);
spin(20);
log(`refresh returns handle: ${a.refresh() === a}`);
setTimeout(() => log("C (20 ms, created at ~20, fires ~40)"), 20);
let fired = 0;
const once = setTimeout(() => {
  fired++;
  log(`once fired ${fired}`);
  if (fired === 1) setTimeout(() => once.refresh(), 1);
}, 70);
