// Delays above 2**31-1 (and Infinity) emit TimeoutOverflowWarning every time (no once-only flag) and fire at 1 ms; at top level the warnings print after top-level microtasks.
const log = (s) => console.log(s);
setTimeout(() => log("overflow 1 fired"), 2 ** 31);
setTimeout(() => log("Infinity fired"), Infinity);
setTimeout(() => log("max fits, never fires in this test"), 2 ** 31 - 1);
queueMicrotask(() => log("top microtask"));
Promise.resolve().then(() => log("top promise"));
log("sync end");
setTimeout(() => process_exit_guard(), 40);
function process_exit_guard() { log("done; clearing the long timer"); clearTimeout(longT); }
const longT = setTimeout(() => {}, 2 ** 30);
