let n = 0;
function step() {
  console.log("step", n);
  Promise.resolve().then(() => console.log("micro", n));
  if (++n < 4) setTimeout(step, 0);
}
setTimeout(step, 0);
