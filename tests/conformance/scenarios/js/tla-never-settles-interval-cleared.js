// TLA on a never-resolved promise while an interval runs and then clears itself: when the loop empties the unresolved-TLA error is printed, exit 1.
const log = (s) => console.log(s);
let n = 0;
const iv = setInterval(() => {
  n++;
  log(`interval ${n}`);
  if (n === 3) clearInterval(iv);
}, 10);
await new Promise(() => {});
