// queueMicrotask and promise reactions share one FIFO queue; reactions are queued when the promise settles, not when .then is called.
let resolveLater;
const later = new Promise((r) => { resolveLater = r; });
later.then(() => console.log("later.then (registered first, settled last)"));
queueMicrotask(() => console.log("qm 1"));
const settled = Promise.resolve("x");
settled.then(() => console.log("settled.then"));
queueMicrotask(() => {
  console.log("qm 2 resolves later");
  resolveLater();
  queueMicrotask(() => console.log("qm 3 (queued after later's reaction)"));
});
console.log("sync");
