// A thread-safe callback that throws: Deno logs "Illegal unhandled exception in nonblocking
// callback" on stderr, the native thread gets 0, microtasks queued before the throw still run
// before the release, no uncaught error ends the process, and later calls work as usual.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  console.log("callback", i);
  queueMicrotask(() => console.log("microtask", i));
  if (i === 0) throw new Error("thrown from a thread-safe callback");
  if (i === 1) throw "a thrown string";
  return 42;
});
const slot = lib.symbols.thread_start(cb.pointer, 1, 3, 50, 60, 0, 0);
setTimeout(() => {
  console.log("sum of results", lib.symbols.thread_join(slot));
  cb.close();
}, 350);
