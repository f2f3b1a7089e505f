// An interval is stopped by a timeout callback, and a timeout cancelled by an interval tick never fires; clearing the interval twice is harmless.
let ticks = 0;
const pending = setTimeout(() => console.log("never: pending 250 ms timeout"), 250);
const iv = setInterval(() => {
  ticks++;
  console.log("tick", ticks);
  if (ticks === 2) {
    clearTimeout(pending);
    console.log("tick 2 cancelled the 250 ms timeout");
  }
}, 50);
setTimeout(() => {
  console.log("stopper at 175 ms");
  clearInterval(iv);
  clearInterval(iv);
}, 175);
setTimeout(() => console.log("done at 300 ms, ticks =", ticks), 300);
