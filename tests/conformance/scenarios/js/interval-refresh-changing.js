// An interval that calls refresh() on itself and on a timeout; a timeout that re-arms itself through refresh() three times.
const log = (s) => console.log(s);
let n = 0;
const t = setTimeout(() => {
  n++;
  log(`timeout fired ${n}`);
  if (n < 3) t.refresh();
}, 15);
let k = 0;
const iv = setInterval(() => {
  k++;
  log(`interval ${k}`);
  if (k === 2) iv.refresh();
  if (k === 4) clearInterval(iv);
}, 20);
log(`refresh returns self: ${t.refresh() === t}`);
