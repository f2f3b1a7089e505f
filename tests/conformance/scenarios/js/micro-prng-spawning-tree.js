// PRNG-driven tree of microtasks: each job randomly spawns then-callbacks, queueMicrotask jobs, resolved-thenable adoptions or async awaits; the full order is hashed and sampled.
let s = 2024;
const rnd = (n) => { s = (s * 16807) % 2147483647; return s % n; };
const order = [];
let id = 0;
function job(depth) {
  const me = id++;
  order.push(me);
  if (depth > 5) return;
  const kids = rnd(4);
  for (let k = 0; k < kids; k++) {
    const kind = rnd(4);
    if (kind === 0) Promise.resolve().then(() => job(depth + 1));
    else if (kind === 1) queueMicrotask(() => job(depth + 1));
    else if (kind === 2) Promise.resolve({ then(r) { r(); } }).then(() => job(depth + 1));
    else (async () => { await null; await null; job(depth + 1); })();
  }
}
queueMicrotask(() => job(0));
Promise.resolve().then(() => job(0));
setTimeout(() => {
  let h = 0;
  for (const x of order) h = (h * 31 + x) >>> 0;
  console.log("jobs", order.length, "hash", h);
  console.log("first 40:", order.slice(0, 40).join(","));
  console.log("last 20:", order.slice(-20).join(","));
}, 0);
