// Trace frames in callbacks and async code (runtime-internal frames differ, so collapsed).
async function af() { await null; console.trace("after await"); }
af();
setTimeout(function timerCb() { console.trace("in timer"); }, 1);
queueMicrotask(() => console.trace("in microtask"));
Promise.resolve().then(function thenCb() { console.trace("in then"); });
[1].map((x) => console.trace("in map", x));
console.group("g");
JSON.parse("[1]", function reviver(k, v) { if (k === "0") console.trace("in reviver"); return v; });
console.groupEnd();
