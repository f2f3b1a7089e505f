// 999 timers created round-robin over three delays (0, 20, 40 ms): each list fires FIFO and lists fire in delay order.
const fired = [];
const delays = [0, 20, 40];
for (let i = 0; i < 999; i++) setTimeout(() => fired.push(i), delays[i % 3]);
setTimeout(() => {
  const runs = [];
  for (const v of fired) { const d = v % 3; if (runs.length === 0 || runs[runs.length - 1][0] !== d) runs.push([d, 1]); else runs[runs.length - 1][1]++; }
  const fifo = fired.every((v, k) => k === 0 || fired[k - 1] % 3 !== v % 3 || fired[k - 1] < v);
  console.log(JSON.stringify(runs), fifo);
}, 80);
