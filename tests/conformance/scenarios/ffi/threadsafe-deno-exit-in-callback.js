// Deno.exit() inside a thread-safe callback ends the process at once with that code: the native
// thread stays blocked in its call and never prints its result, and pending timers never run.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
});
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  console.log("callback", i);
  if (i === 1) {
    queueMicrotask(() => console.log("never runs"));
    Deno.exit(7);
  }
  return i;
});
lib.symbols.thread_start(cb.pointer, 1, 2, 50, 100, 0, 0);
setTimeout(() => console.log("timer 500: never runs"), 500);
