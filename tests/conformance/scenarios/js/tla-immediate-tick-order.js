// Top-level await resumption relative to setImmediate, nextTick and setTimeout(0) (busy-wait so the 1 ms timer has expired before the second loop turn).
const log = (s) => console.log(s);
setImmediate(() => log("immediate 1"));
process.nextTick(() => log("tick 1"));
setTimeout(() => log("timeout 0"), 0);
await new Promise((r) => setImmediate(r));
log("after await immediate");
const s = performance.now(); while (performance.now() - s < 5) {}
process.nextTick(() => log("tick 2"));
setImmediate(() => log("immediate 2"));
await new Promise((r) => process.nextTick(r));
log("after await tick");
await new Promise((r) => setTimeout(r, 30));
log("after await timeout");
