// A rejection handled only after 30 levels of nested microtasks in the same checkpoint is not reported; one handled from a 50 ms timer is, exit 1.
const log = (s) => console.log(s);
const p = Promise.reject(new Error("handled deep in the same checkpoint"));
function nest(n) {
  if (n === 0) { p.catch((e) => log(`handled: ${e.message}`)); return; }
  queueMicrotask(() => nest(n - 1));
}
nest(30);
const q = Promise.reject(new Error("handled from a timer: too late"));
setTimeout(() => { log("timer handles q"); q.catch(() => log("q handled")); }, 50);
