// A rejection created inside a timer callback and handled in the next timer (same batch vs later batch): which one is reported as uncaught.
const log = (s) => console.log(s);
let p1;
setTimeout(() => {
  log("T1 creates rejection");
  p1 = Promise.reject(new Error("handled by T2 in the same batch?"));
}, 1);
setTimeout(() => {
  log("T2 handles it");
  p1.catch((e) => log(`T2 caught: ${e.message}`));
}, 1);
setTimeout(() => log("never: late timer"), 60);
const start = performance.now();
while (performance.now() - start < 10) { /* spin: T1 and T2 expire together */ }
