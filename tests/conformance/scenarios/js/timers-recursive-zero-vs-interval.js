// A recursive setTimeout(0) chain vs setInterval(1): with 1 ms granularity both advance; busy-waiting makes each step expire deterministically.
const log = (s) => console.log(s);
let chain = 0;
let ticks = 0;
function step() {
  chain++;
  log(`chain ${chain}`);
  const s = performance.now();
  while (performance.now() - s < 3) { /* spin so everything due is expired */ }
  if (chain < 4) setTimeout(step, 0);
}
setTimeout(step, 0);
const iv = setInterval(() => {
  ticks++;
  log(`interval ${ticks}`);
  const s = performance.now();
  while (performance.now() - s < 3) { /* spin */ }
  if (ticks === 4) clearInterval(iv);
}, 1);
