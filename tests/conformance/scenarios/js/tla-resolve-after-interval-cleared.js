// TLA waiting for a promise that an interval resolves when it clears itself; code after the await runs after the interval's microtasks.
const log = (s) => console.log(s);
let n = 0;
const value = await new Promise((resolve) => {
  const iv = setInterval(() => {
    n++;
    log(`tick ${n}`);
    if (n === 3) {
      clearInterval(iv);
      resolve(`resolved at tick ${n}`);
      queueMicrotask(() => log("microtask after resolve"));
      log("after resolve call");
    }
  }, 10);
});
log(value);
setTimeout(() => log("timer after TLA"), 1);
