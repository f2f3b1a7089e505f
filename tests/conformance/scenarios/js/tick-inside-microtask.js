// process.nextTick queued from inside a microtask: does it run before or after remaining microtasks (top level and inside a timer)?
const log = (s) => console.log(s);
queueMicrotask(() => {
  log("top micro 1");
  process.nextTick(() => log("tick from top micro 1"));
  queueMicrotask(() => log("top micro 3 (nested)"));
});
queueMicrotask(() => log("top micro 2"));
setTimeout(() => {
  log("timer");
  Promise.resolve().then(() => {
    log("timer promise 1");
    process.nextTick(() => log("tick from timer promise"));
  }).then(() => log("timer promise 2"));
  queueMicrotask(() => log("timer micro"));
}, 10);
