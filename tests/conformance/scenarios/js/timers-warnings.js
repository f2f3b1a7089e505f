// Negative, NaN and over-2**31-1 delays clamp to 1 ms and warn on stderr (negative and NaN only once per process, overflow every time); warnings queued at top level print after the first expired timer.
console.log("start");
setTimeout(() => console.log("negative -10 fired"), -10);
setTimeout(() => console.log("negative -20 fired (no second warning)"), -20);
setTimeout(() => console.log("NaN fired"), NaN);
setTimeout(() => console.log("huge fired"), 2 ** 31);
setTimeout(() => console.log("Infinity fired"), Infinity);
setTimeout(() => console.log("1e10 fired"), 1e10);
setTimeout(() => console.log("string 'abc' (NaN) fired"), "abc");
setTimeout(() => console.log("-0 fired (no warning)"), -0);
const max = setTimeout(() => console.log("never: 2**31-1 is valid and gets cleared"), 2 ** 31 - 1);
clearTimeout(max);
const id = setInterval(() => { console.log("interval -5 fired"); clearInterval(id); }, -5);
Promise.resolve().then(() => console.log("top-level microtask"));
// Busy-wait so every timer has expired before the event loop starts: the queued warnings are
// then printed between the first and the second timer callback.
const start = performance.now();
while (performance.now() - start < 30) { /* spin */ }
console.log("end of script");
