// Deno 2.9 quirk: the first read of the lazily loaded setTimeout global runs a microtask
// checkpoint, so inside a thread-safe callback a microtask queued before that read runs before
// "Second" on the first call, and after it on every later call. Nothing touches the timer
// globals before the first callback.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  threads_join_all: { parameters: [], result: "u32" },
});
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  console.log("First", i);
  queueMicrotask(() => console.log("microtask", i));
  const st = setTimeout;
  console.log("Second", i);
  if (i === 1) {
    st(() => {
      console.log("joined", lib.symbols.threads_join_all());
      cb.close();
    }, 200);
  }
  return i;
});
lib.symbols.thread_start(cb.pointer, 1, 2, 50, 100, 0, 0);
console.log("top level: end");
