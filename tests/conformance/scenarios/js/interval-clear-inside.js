// setInterval repeats until clearInterval is called from inside its own callback; microtasks run after each tick.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log("interval tick", n);
  queueMicrotask(() => console.log("microtask after tick", n));
  if (n === 4) {
    clearInterval(id);
    console.log("cleared inside callback");
  }
}, 1);
setTimeout(() => console.log("timeout at 100 ms, interval long gone"), 100);
