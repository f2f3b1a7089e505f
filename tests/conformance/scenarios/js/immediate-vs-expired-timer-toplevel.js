// At top level with a busy-wait so a 1 ms timer has expired: timer vs immediate order, and ticks queued by each.
const log = (s) => console.log(s);
const start = performance.now();
setImmediate(() => { log("immediate"); process.nextTick(() => log("tick from immediate")); });
setTimeout(() => { log("timeout 1"); process.nextTick(() => log("tick from timeout")); }, 1);
setTimeout(() => log("timeout 2"), 1);
while (performance.now() - start < 10) {}
