// ErrorEvent filename/lineno/colno for uncaught errors in a microtask, a timer, a tick and an immediate (filename only checked by suffix).
addEventListener("error", (e) => {
  console.log(`${e.message} | file ok: ${e.filename.endsWith("error-event-location-fields.js")} | ${e.lineno}:${e.colno}`);
  e.preventDefault();
});
queueMicrotask(() => { throw new Error("micro"); });
setTimeout(() => { throw new Error("timer"); }, 5);
setTimeout(() => { process.nextTick(() => { throw new Error("tick"); }); }, 20);
setTimeout(() => { setImmediate(() => { throw new Error("immediate"); }); }, 30);
setTimeout(() => { throw "non-error string"; }, 40);
