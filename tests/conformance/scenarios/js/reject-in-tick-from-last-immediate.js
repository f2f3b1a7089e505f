// An unhandled rejection created in a nextTick / microtask queued by the last immediate is reported (exit 1).
setImmediate(() => {
  console.log("imm");
  process.nextTick(() => { console.log("tick"); queueMicrotask(() => { console.log("micro"); Promise.reject(new Error("late")); }); });
});
