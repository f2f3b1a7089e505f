// A nested async call that is not awaited throws after two awaits; its unhandled rejection ends the program while a timer is pending, after other microtasks ran.
const log = (s) => console.log(s);
async function deepest() {
  await null;
  log("deepest after first await");
  await new Promise((r) => setTimeout(r, 20));
  log("deepest after timer");
  throw new TypeError("boom from deepest");
}
async function middle() {
  deepest(); // not awaited
  await null;
  log("middle continues");
  return "middle ok";
}
async function outer() {
  const r = await middle();
  log("outer got " + r);
}
outer().then(() => log("outer resolved"));
setTimeout(() => {
  log("timer 20 (scheduled before deepest's timer) fires");
  Promise.resolve().then(() => log("microtask after timer 20"));
}, 20);
setTimeout(() => log("timer 60 never runs"), 60);
log("sync end");
