// performance.now is a monotonic number of milliseconds; a 40 ms timer and a 40 ms busy wait are observed to take about that long.
const t0 = performance.now();
console.log("typeof performance.now():", typeof t0, "non-negative:", t0 >= 0);
let monotonic = true;
let prev = t0;
for (let i = 0; i < 10000; i++) {
  const t = performance.now();
  if (t < prev) monotonic = false;
  prev = t;
}
console.log("monotonic:", monotonic);
const start = performance.now();
setTimeout(() => {
  const elapsed = performance.now() - start;
  console.log("timer elapsed at least 35 ms:", elapsed >= 35, "and less than 1000 ms:", elapsed < 1000);
}, 40);
const spinStart = performance.now();
while (performance.now() - spinStart < 40) { /* spin */ }
console.log("busy wait measured at least 40 ms:", performance.now() - spinStart >= 40);
