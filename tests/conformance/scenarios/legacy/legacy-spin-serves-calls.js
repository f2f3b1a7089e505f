// Callback A is ref'ed and never called; callback B is never ref'ed and is called from a native
// thread at 50 ms while the loop sleeps until a 300 ms timer. In 1.26.1 the ref'ed A makes the
// loop spin (100 % CPU), and the spinning loop finds B's call at once. In 1.26.2 - 1.34.1 nothing
// wakes the loop for B until the timer. Since 1.34.2 B's call wakes the loop itself.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
const a = new Deno.UnsafeCallback({ parameters: [], result: "void" }, () => {});
const b = new Deno.UnsafeCallback({ parameters: ["u32", "u32"], result: "i32" }, () => {
  console.log("callback B");
  return 3;
});
a.ref();
const slot = lib.symbols.thread_start(b.pointer, 1, 1, 50, 0, 0, 1);
setTimeout(() => console.log("timer: 300 ms"), 300);
setTimeout(() => {
  console.log("thread returned sum", Number(lib.symbols.thread_join(slot)));
  a.close();
  b.close();
}, 400);
console.log("top level: end");
