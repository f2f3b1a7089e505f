// 1000 timers with the same delay created in a loop, every odd one cleared: the survivors fire in creation order.
const fired = [];
const hs = [];
for (let i = 0; i < 1000; i++) hs.push(setTimeout(() => fired.push(i), 10));
for (let i = 1; i < 1000; i += 2) clearTimeout(hs[i]);
setTimeout(() => {
  const ok = fired.length === 500 && fired.every((v, k) => v === 2 * k);
  console.log(`fired ${fired.length} in order: ${ok} first ${fired.slice(0, 5)} last ${fired.slice(-3)}`);
}, 40);
