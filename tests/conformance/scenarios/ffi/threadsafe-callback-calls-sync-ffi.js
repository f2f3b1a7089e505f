// A thread-safe callback makes a synchronous FFI call that calls another callback: that inner
// callback takes the same-thread path (the JS thread is the one calling it). Microtasks from both
// run before the native thread that started it all is released.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
  call_i32: { parameters: ["function", "i32"], result: "i32" },
});
const inner = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  console.log("inner callback", x);
  queueMicrotask(() => console.log("inner microtask"));
  return x + 1;
});
const outer = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag) => {
  console.log("thread-safe callback from thread", tag);
  queueMicrotask(() => console.log("outer microtask"));
  const r = lib.symbols.call_i32(inner.pointer, 41);
  console.log("synchronous call returned", r);
  return r;
});
const slot = lib.symbols.thread_start(outer.pointer, 1, 1, 50, 0, 0, 0);
setTimeout(() => {
  console.log("sum", lib.symbols.thread_join(slot));
  outer.close();
  inner.close();
}, 250);
