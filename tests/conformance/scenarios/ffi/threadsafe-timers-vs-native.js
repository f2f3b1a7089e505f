// Timers of 0, 1, 5, 10 and 50 ms set from a synchronous callback (at start) and from a
// thread-safe callback (at 100 ms) fire in expiry order, 0 and 1 sharing one FIFO list; the
// native thread waits 300 ms after its call before printing, so every timer fires before that.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_void: { parameters: ["function"], result: "void" },
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  threads_join_all: { parameters: [], result: "u32" },
});
function arm(from) {
  for (const ms of [50, 10, 5, 1, 0]) setTimeout(() => console.log(`${from}: timer ${ms}`), ms);
}
const syncCb = new Deno.UnsafeCallback({ parameters: [], result: "void" }, () => {
  console.log("sync callback arms its timers");
  arm("sync");
});
const threadCb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, () => {
  console.log("thread-safe callback arms its timers");
  arm("thread-safe");
  return 0;
});
lib.symbols.call_void(syncCb.pointer);
lib.symbols.thread_start(threadCb.pointer, 1, 1, 100, 0, 300, 0);
setTimeout(() => {
  console.log("joined", lib.symbols.threads_join_all());
  syncCb.close();
  threadCb.close();
}, 700);
