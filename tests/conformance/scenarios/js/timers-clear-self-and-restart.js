// Clearing a timeout inside its own callback (no-op), clearing an interval via this, re-arming the same callback, and clearing twice.
const log = (s) => console.log(s);
const t = setTimeout(() => {
  log("t runs");
  clearTimeout(t);
  clearTimeout(t);
  log("cleared itself without effect");
}, 1);
let rounds = 0;
function startInterval() {
  let k = 0;
  const iv = setInterval(function () {
    k++;
    log(`round ${rounds} tick ${k}`);
    if (k === 2) {
      clearInterval(this);
      clearInterval(iv);
      if (++rounds < 2) startInterval();
      else setTimeout(() => log("all rounds done"), 5);
    }
  }, 5);
}
startInterval();
