// setInterval with 0 (clamped to 1) interleaved with a setTimeout-0 chain and microtasks; cleared after a count.
const log = (s) => console.log(s);
let n = 0;
const iv = setInterval(() => {
  n++;
  log(`interval ${n}`);
  queueMicrotask(() => log(`interval ${n} microtask`));
  if (n === 4) {
    clearInterval(iv);
    setTimeout(() => log("after clear (60)"), 60);
  }
}, 0);
queueMicrotask(() => log("top microtask"));
log("sync end");
