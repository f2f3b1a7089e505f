// Atomics.waitAsync: an already-mismatched value resolves synchronously, a timeout resolves via the event loop, a notify from a timer wakes a waiter.
const log = (s) => console.log(s);
const ia = new Int32Array(new SharedArrayBuffer(16));
const r1 = Atomics.waitAsync(ia, 0, 1);
log(`mismatch: async=${r1.async} value=${r1.value}`);
const r2 = Atomics.waitAsync(ia, 1, 0, 20);
log(`timeout wait: async=${r2.async}`);
r2.value.then((v) => log(`timeout wait resolved: ${v}`));
const r3 = Atomics.waitAsync(ia, 2, 0);
r3.value.then((v) => log(`notified wait resolved: ${v}`));
setTimeout(() => { log(`notify woke ${Atomics.notify(ia, 2)}`); }, 40);
setTimeout(() => log("timer 60"), 60);
setTimeout(() => log("timer 10"), 10);
