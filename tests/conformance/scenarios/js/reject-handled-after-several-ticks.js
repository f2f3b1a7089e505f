// A rejection is handled by a catch attached a few microtask ticks later (still in the same checkpoint): no unhandled rejection, and a second one handled from a timer is too late.
const log = (s) => console.log(s);
const p = Promise.reject(new Error("handled late but in time"));
Promise.resolve().then(() => null).then(() => null).then(() => {
  p.catch((e) => log("caught: " + e.message));
});
setTimeout(() => {
  log("timer 0 creates a rejection handled only in timer 20");
  const q = Promise.reject(new Error("handled too late"));
  setTimeout(() => q.catch(() => log("never reached")), 20);
}, 0);
log("sync");
