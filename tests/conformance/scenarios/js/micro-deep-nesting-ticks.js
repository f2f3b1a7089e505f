// Deeply nested microtasks vs long promise chains vs async functions: exact interleaving by tick count.
const log = (s) => console.log(s);
function nest(label, depth) {
  queueMicrotask(() => {
    log(`${label} depth ${depth}`);
    if (depth < 4) nest(label, depth + 1);
  });
}
nest("qm", 0);
let p = Promise.resolve();
for (let i = 0; i < 5; i++) p = p.then(() => log(`chain ${i}`));
(async () => {
  log("async start");
  await undefined;
  log("async after await 1");
  await new Promise((r) => r());
  log("async after await 2");
  await Promise.resolve().then(() => log("inner then"));
  log("async after await 3");
})();
Promise.resolve().then(() => {
  log("then A");
  return Promise.resolve("x");
}).then(() => log("after returned promise"));
log("sync end");
