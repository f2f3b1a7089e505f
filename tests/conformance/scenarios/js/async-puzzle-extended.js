// An extended puzzle: async2 returns a promise explicitly (2 extra turns), await null, a longer then-chain, queueMicrotask and two 0 ms timers.
async function async1() {
  console.log("async1 start");
  await async2();
  console.log("async1 end");
  await null;
  console.log("async1 after await null");
}
async function async2() {
  console.log("async2");
  return Promise.resolve("async2 result");
}
console.log("script start");
setTimeout(() => {
  console.log("timeout 1");
  Promise.resolve().then(() => console.log("timeout 1 microtask"));
}, 0);
setTimeout(() => console.log("timeout 2"), 0);
async1();
new Promise((resolve) => {
  console.log("promise1");
  resolve();
}).then(() => console.log("promise2")).then(() => console.log("promise3")).then(() => console.log("promise4"));
queueMicrotask(() => console.log("queueMicrotask"));
console.log("script end");
