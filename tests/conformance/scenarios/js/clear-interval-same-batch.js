// A timeout clears an interval that expires in the same timer batch (before and after it in expiry order); clearing a timeout already due in this batch.
const log = (s) => console.log(s);
let count = 0;
const iv = setInterval(() => { count++; log(`interval tick ${count}`); }, 5);
setTimeout(() => {
  log("timeout clears interval and sibling");
  clearInterval(iv);
  clearTimeout(sibling);
}, 5);
const sibling = setTimeout(() => log("never: sibling cleared in same batch"), 5);
const start = performance.now();
while (performance.now() - start < 30) { /* spin: all three expire together */ }
setTimeout(() => log(`end, interval ran ${count} time(s)`), 60);
