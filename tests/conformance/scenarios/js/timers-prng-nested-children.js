// PRNG-driven nested timers: parents at 0/30/60 ms spawn children with delays 0/1 and microtasks that spawn more microtasks; equal lists stay FIFO and children run before the next parent group.
let s = 42;
function rnd(n) { s = (s * 48271) % 2147483647; return s % n; }
const out = [];
const parentDelays = [0, 30, 60];
for (let i = 0; i < 60; i++) {
  const pd = parentDelays[rnd(3)];
  setTimeout(() => {
    out.push(`P${i}@${pd}`);
    const kids = rnd(3);
    for (let k = 0; k < kids; k++) {
      const cd = rnd(2);
      setTimeout(() => {
        out.push(`C${i}.${k}`);
        if (rnd(2)) queueMicrotask(() => out.push(`c${i}.${k}`));
      }, cd);
    }
    let depth = rnd(4);
    const chain = () => { if (depth-- > 0) { out.push(`m${i}`); Promise.resolve().then(chain); } };
    Promise.resolve().then(chain);
  }, pd);
}
setTimeout(() => {
  for (let i = 0; i < out.length; i += 12) console.log(out.slice(i, i + 12).join(" "));
  console.log("total", out.length);
}, 120);
