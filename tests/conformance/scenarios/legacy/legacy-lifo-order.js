// Three native threads call one ref'ed callback at 10, 20 and 30 ms while the top level is busy
// for 100 ms, so all three calls are queued when the loop first looks. Before 1.36 Deno's FFI
// middleware popped its queue: newest first. Since then oldest first.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  threads_join_all: { parameters: [], result: "u32" },
});
const cb = new Deno.UnsafeCallback({ parameters: ["u32", "u32"], result: "i32" }, (tag) => {
  console.log("callback from thread", tag);
  queueMicrotask(() => console.log("  microtask of thread", tag));
  return 0;
});
cb.ref();
for (const [tag, delay] of [[1, 10], [2, 20], [3, 30]]) {
  lib.symbols.thread_start(cb.pointer, tag, 1, delay, 0, 0, 1);
}
const start = performance.now();
while (performance.now() - start < 100) { /* every call is queued meanwhile */ }
console.log("top level: end");
setTimeout(() => {
  console.log("joined", lib.symbols.threads_join_all(), "threads");
  cb.close();
}, 300);
