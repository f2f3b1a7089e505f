// "error" listener with preventDefault for exceptions thrown in nextTick and setImmediate callbacks.
const log = (s) => console.log(s);
let n = 0;
addEventListener("error", (e) => {
  n++;
  log(`error event ${n}: ${e.error?.message}`);
  e.preventDefault();
});
process.nextTick(() => { throw new Error("tick boom"); });
process.nextTick(() => log("tick 2"));
setImmediate(() => { throw new Error("immediate boom"); });
setImmediate(() => log("immediate 2"));
setTimeout(() => log(`timer, errors seen: ${n}`), 20);
