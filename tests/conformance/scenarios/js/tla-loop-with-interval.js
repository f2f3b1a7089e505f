// A top-level for-loop awaiting 50 ms sleeps (ending near 50, 100, 150, 200 ms) interleaves with a 125 ms interval, cleared after the loop.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let ticks = 0;
const iv = setInterval(() => { ticks++; console.log("interval tick", ticks); }, 125);
for (let i = 1; i <= 4; i++) {
  await sleep(50);
  console.log("loop iteration", i);
}
clearInterval(iv);
console.log("loop done, ticks =", ticks);
