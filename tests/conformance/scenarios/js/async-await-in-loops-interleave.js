// Two async functions awaiting inside for/while loops interleave tick by tick with a plain promise chain and queueMicrotask.
async function a() {
  for (let i = 0; i < 3; i++) {
    console.log("a", i);
    await null;
  }
  console.log("a done");
}
async function b() {
  let i = 0;
  while (i < 3) {
    console.log("b", i);
    await Promise.resolve(i++);
  }
  console.log("b done");
}
async function c() {
  for (const p of [Promise.resolve("x"), "y", { then(r) { r("z"); } }]) {
    console.log("c got", await p);
  }
  console.log("c done");
}
a();
b();
c();
Promise.resolve()
  .then(() => console.log("chain 1"))
  .then(() => console.log("chain 2"))
  .then(() => console.log("chain 3"))
  .then(() => console.log("chain 4"))
  .then(() => console.log("chain 5"));
queueMicrotask(() => {
  console.log("qm 1");
  queueMicrotask(() => console.log("qm 2"));
});
console.log("sync end");
