// Interview-style gauntlet: nested async functions, awaits of thenables and promises, timeouts scheduled from microtasks and then-callbacks, queueMicrotask interleaved.
const log = (s) => console.log(s);
async function a1() {
  log("a1 start");
  await a2();
  log("a1 after a2");
  await null;
  log("a1 after null");
  setTimeout(() => log("timeout from a1"), 0);
  return "a1 done";
}
async function a2() {
  log("a2 start");
  await { then(r) { log("a2 thenable then"); r(); } };
  log("a2 end");
}
log("script start");
setTimeout(() => {
  log("timeout 1");
  Promise.resolve().then(() => log("micro in timeout 1"));
  queueMicrotask(() => log("qm in timeout 1"));
}, 0);
setTimeout(() => log("timeout 2"), 0);
a1().then((v) => log("a1 resolved: " + v));
new Promise((res) => {
  log("executor");
  res();
  log("executor after res");
}).then(() => {
  log("then 1");
  setTimeout(() => log("timeout from then 1"), 0);
  return Promise.resolve("p");
}).then((v) => log("then 2 got " + v));
queueMicrotask(() => log("qm 1"));
Promise.resolve().then(() => log("pr 1")).then(() => log("pr 2")).then(() => log("pr 3")).then(() => log("pr 4"));
log("script end");
