// ref(), unref(), ref() again: the second ref() re-refs the same liveness op, so with no timer at
// all the process stays alive until the native thread's call at 100 ms, and ends after close().
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
let slot;
const cb = new Deno.UnsafeCallback({ parameters: ["u32", "u32"], result: "i32" }, () => {
  console.log("callback from the native thread");
  Promise.resolve().then(() => {
    console.log("microtask: unref", cb.unref());
    setTimeout(() => {
      console.log("join:", lib.symbols.thread_join(slot));
      cb.close();
    }, 50);
  });
  return 5;
});
console.log("ref", cb.ref(), "unref", cb.unref(), "ref", cb.ref());
slot = lib.symbols.thread_start(cb.pointer, 1, 1, 100, 0, 0, 1);
console.log("top level: end");
