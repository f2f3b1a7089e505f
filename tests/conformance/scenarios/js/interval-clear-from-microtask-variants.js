// clearInterval from a then-callback, from queueMicrotask and from an awaited async function; counts ticks of each interval.
const log = (s) => console.log(s);
let a = 0, b = 0, c = 0;
const ia = setInterval(() => {
  a++; log("A " + a);
  if (a === 3) Promise.resolve().then(() => { clearInterval(ia); log("A cleared in then"); });
}, 20);
const ib = setInterval(() => {
  b++; log("B " + b);
  if (b === 2) queueMicrotask(() => { clearInterval(ib); log("B cleared in queueMicrotask"); });
}, 50);
const ic = setInterval(async () => {
  c++; log("C " + c);
  await null;
  await null;
  if (c === 1) { clearInterval(ic); log("C cleared after awaits"); }
}, 30);
setTimeout(() => log("end a=" + a + " b=" + b + " c=" + c), 200);
