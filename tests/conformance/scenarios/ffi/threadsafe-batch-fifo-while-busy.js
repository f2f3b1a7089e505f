// Four native threads call a thread-safe callback while the JS thread is busy (a 400 ms blocking
// FFI call at top level). The calls queue up and run in FIFO order once the script finishes, each
// followed by its own microtasks, after the top-level microtask. Each thread prints its result
// 150 + 50*k ms after its release, so those lines come in thread order.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  threads_join_all: { parameters: [], result: "u32" },
  sleep_ms: { parameters: ["u32"], result: "void" },
});
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag) => {
  console.log("callback", tag);
  queueMicrotask(() => console.log("microtask", tag));
  return tag;
});
for (let tag = 1; tag <= 4; tag++) lib.symbols.thread_start(cb.pointer, tag, 1, 50 * tag, 0, 100 + 50 * tag, 0);
console.log("top level: blocking for 400 ms");
lib.symbols.sleep_ms(400);
console.log("top level: done blocking");
queueMicrotask(() => console.log("top-level microtask"));
setTimeout(() => {
  console.log("joined", lib.symbols.threads_join_all());
  cb.close();
}, 700);
