// A fixed-seed PRNG schedules 300 timers with delays from {0,1,20,40,60} (0 and 1 share a list) plus microtasks; the trace shows list order, FIFO within a list and microtask checkpoints.
let seed = 123456789;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; }
const delays = [0, 1, 20, 40, 60];
const trace = [];
const groups = new Map();
for (let i = 0; i < 300; i++) {
  const d = delays[rnd() % delays.length];
  const kind = rnd() % 3;
  setTimeout(() => {
    const key = d === 0 ? 1 : d;
    trace.push(i);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(i);
    if (kind === 1) Promise.resolve().then(() => trace.push("m" + i));
    if (kind === 2) queueMicrotask(() => trace.push("q" + i));
  }, d);
}
setTimeout(() => {
  for (const [k, v] of [...groups].sort((a, b) => a[0] - b[0])) {
    const fifo = v.every((x, j) => j === 0 || v[j - 1] < x);
    console.log("delay", k, "count", v.length, "fifo", fifo, "first", v.slice(0, 5).join(","));
  }
  // every microtask must run right after its own timer callback
  let ok = true;
  for (let j = 0; j < trace.length; j++) {
    const t = trace[j];
    if (typeof t === "string") {
      const id = Number(t.slice(1));
      if (trace[j - 1] !== id) ok = false;
    }
  }
  console.log("microtasks adjacent:", ok);
  console.log("trace head:", trace.slice(0, 30).join(" "));
  console.log("trace tail:", trace.slice(-20).join(" "));
  console.log("length", trace.length);
}, 100);
