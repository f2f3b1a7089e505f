// Microtasks queued by microtasks (to any depth) all run before the first timer callback.
setTimeout(() => console.log("timer"), 0);
let depth = 0;
function again() {
  depth++;
  console.log("microtask depth", depth);
  if (depth < 6) {
    if (depth % 2) queueMicrotask(again);
    else Promise.resolve().then(again);
  }
}
queueMicrotask(again);
Promise.resolve().then(() => {
  console.log("then A");
  queueMicrotask(() => console.log("queued from then A"));
});
console.log("sync done");
