// 200 immediates run FIFO, each clearing the next odd one; ticks queued in them run between callbacks.
const out = [];
const hs = [];
for (let i = 0; i < 200; i++) {
  hs.push(setImmediate(() => {
    out.push(i);
    if (i % 2 === 0 && hs[i + 1]) clearImmediate(hs[i + 1]);
    if (i % 50 === 0) process.nextTick(() => out.push(`t${i}`));
  }));
}
setTimeout(() => console.log(out.join(",")), 30);
