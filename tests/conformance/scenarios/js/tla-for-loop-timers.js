// Top-level await inside a for loop, each step awaiting a 50 ms timer, while a 40 ms interval and microtasks interleave.
const log = (s) => console.log(s);
let ticks = 0;
const iv = setInterval(() => { ticks++; log(`interval tick ${ticks}`); }, 40);
for (let i = 0; i < 3; i++) {
  log(`loop ${i} before await`);
  await new Promise((r) => setTimeout(r, 50));
  queueMicrotask(() => log(`microtask after loop ${i}`));
  log(`loop ${i} after await`);
}
clearInterval(iv);
log(`done after ${ticks} interval ticks`);
