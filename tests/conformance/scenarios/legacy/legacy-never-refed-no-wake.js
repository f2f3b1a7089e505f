// A callback that was never ref'ed, called from a native thread at 50 ms while the loop sleeps
// until a 300 ms timer. Since 1.34.2 every foreign call wakes the loop: the callback runs at once.
// Before, a never-ref'ed callback had no waker: the call waits until the timer wakes the loop,
// and the middleware then serves it after the timer's callback.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
const cb = new Deno.UnsafeCallback({ parameters: ["u32", "u32"], result: "i32" }, () => {
  console.log("callback");
  return 7;
});
const slot = lib.symbols.thread_start(cb.pointer, 1, 1, 50, 0, 0, 1);
setTimeout(() => console.log("timer: 300 ms"), 300);
setTimeout(() => {
  console.log("thread returned sum", Number(lib.symbols.thread_join(slot)));
  cb.close();
}, 400);
console.log("top level: end");
