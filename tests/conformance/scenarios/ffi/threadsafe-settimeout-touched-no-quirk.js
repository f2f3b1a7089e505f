// The same callback as threadsafe-first-settimeout-quirk, but the script reads setTimeout at top
// level first (without calling it): the lazy load happens there, and both calls print
// First, Second, microtask.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  threads_join_all: { parameters: [], result: "u32" },
});
void globalThis.setTimeout;
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
