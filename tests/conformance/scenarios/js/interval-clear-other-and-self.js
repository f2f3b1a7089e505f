// Two intervals with the same delay in one list: the first clears the second on its 2nd tick, then clears itself on its 3rd; a third interval is restarted from within.
const log = (s) => console.log(s);
let a = 0, b = 0, c = 0;
let ic;
const ia = setInterval(() => {
  a++; log("A" + a);
  if (a === 2) { clearInterval(ib); log("A cleared B"); }
  if (a === 3) { clearInterval(ia); log("A cleared itself"); }
}, 30);
const ib = setInterval(() => { b++; log("B" + b); }, 30);
function startC() {
  ic = setInterval(() => {
    c++; log("C" + c);
    if (c === 1) { clearInterval(ic); log("C restarts"); startC(); }
    if (c === 3) clearInterval(ic);
  }, 50);
}
startC();
