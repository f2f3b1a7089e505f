// Counts ticks: a background counter logs every microtask turn while several async functions await values, native promises, resolved thenables and async calls.
let tick = 0;
let running = true;
function counter() {
  if (!running) return;
  tick++;
  console.log("tick", tick);
  if (tick < 14) Promise.resolve().then(counter);
}
async function waitPlain() { await 1; console.log("waitPlain done at", tick); }
async function waitPromise() { await Promise.resolve(1); console.log("waitPromise done at", tick); }
async function waitThenable() { await { then(r) { r(1); } }; console.log("waitThenable done at", tick); }
async function inner() { return 1; }
async function waitAsync() { await inner(); console.log("waitAsync done at", tick); }
async function returnsPromise() { return Promise.resolve(1); }
async function waitReturnsPromise() { await returnsPromise(); console.log("waitReturnsPromise done at", tick); }
async function returnsThenable() { return { then(r) { r(1); } }; }
async function waitReturnsThenable() { await returnsThenable(); console.log("waitReturnsThenable done at", tick); }
Promise.resolve().then(counter);
waitPlain();
waitPromise();
waitThenable();
waitAsync();
waitReturnsPromise();
waitReturnsThenable();
console.log("sync end");
