// ref(), unref(), ref() again, with no timer: only the callback can keep the process alive until
// the native thread calls it at 100 ms. Since 1.31.0 the second ref() re-refs the same op and the
// run waits for the call. In 1.26.2 - 1.30.x unref() cancelled the op for good: the new op
// resolves at once, so the process exits with the thread still waiting.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
let slot;
const cb = new Deno.UnsafeCallback({ parameters: ["u32", "u32"], result: "i32" }, () => {
  console.log("callback from the native thread");
  queueMicrotask(() => {
    cb.unref();
    setTimeout(() => {
      console.log("thread returned sum", Number(lib.symbols.thread_join(slot)));
      cb.close();
    }, 50);
  });
  return 5;
});
cb.ref();
cb.unref();
cb.ref();
slot = lib.symbols.thread_start(cb.pointer, 1, 1, 100, 0, 0, 1);
console.log("top level: end");
