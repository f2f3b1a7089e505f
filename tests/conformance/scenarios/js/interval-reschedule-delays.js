// Intervals that clear themselves and start a new interval with a different delay; order with a fixed interval.
const log = (s) => console.log(s);
const delays = [30, 10, 50];
let step = 0;
function startNext() {
  const d = delays[step++];
  if (d === undefined) return;
  let count = 0;
  const h = setInterval(() => {
    log(`interval ${d} tick ${++count}`);
    if (count === 2) { clearInterval(h); startNext(); }
  }, d);
}
startNext();
let f = 0;
const fixed = setInterval(() => { if (++f === 1) log("fixed 95 first"); else { log("fixed 95 second"); clearInterval(fixed); } }, 95);
