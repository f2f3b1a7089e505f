// A 50 ms interval (ticks near 50, 100, 150) interleaves with one-shot timeouts at 125 and 175 ms; the 175 ms one clears it.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log("interval", n);
}, 50);
setTimeout(() => console.log("timeout 125"), 125);
setTimeout(() => {
  console.log("timeout 175 clears the interval");
  clearInterval(id);
}, 175);
setTimeout(() => console.log("timeout 300, count was", n), 300);
