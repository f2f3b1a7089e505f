// Two intervals with the same delay plus a timeout: microtasks and ticks queued in each callback run between them.
const log = (s) => console.log(s);
let a = 0, b = 0;
const ia = setInterval(() => {
  log(`A${++a}`);
  queueMicrotask(() => log(`A${a} micro`));
  process.nextTick(() => log(`A${a} tick`));
  if (a === 3) clearInterval(ia);
}, 20);
const ib = setInterval(() => {
  log(`B${++b}`);
  Promise.resolve().then(() => log(`B${b} promise`));
  if (b === 3) clearInterval(ib);
}, 20);
