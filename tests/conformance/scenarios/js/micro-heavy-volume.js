// Volume: 100000 chained promise reactions, 20000 queueMicrotask calls and 2000 timers with 50 distinct delays complete; FIFO order within each delay.
const log = (s) => console.log(s);
let p = Promise.resolve(0);
for (let i = 0; i < 100000; i++) p = p.then((v) => v + 1);
p.then((v) => log(`chain result ${v}`));
let q = 0;
for (let i = 0; i < 20000; i++) queueMicrotask(() => { q++; });
queueMicrotask(() => log(`queueMicrotask count ${q}`));
const fired = [];
for (let i = 0; i < 2000; i++) setTimeout(() => fired.push(i), (i % 50) + 1);
setTimeout(() => {
  const last = new Array(50).fill(-1);
  let fifoViolations = 0;
  for (const i of fired) { if (i < last[i % 50]) fifoViolations++; last[i % 50] = i; }
  log(`timers fired ${fired.length}, FIFO violations within a delay ${fifoViolations}`);
}, 200);
