// An async function as a thread-safe callback: awaits of already-settled values finish inside the
// microtask checkpoint before the native thread is released; an await on a timer continues after
// the release. The native thread gets the Promise converted to i32, which is 0.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_wait_returned: { parameters: ["i32", "u32", "u32"], result: "bool" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
let slot;
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, async () => {
  console.log("async callback: start");
  await null;
  console.log("after await null");
  await Promise.resolve(2);
  console.log("after await of a resolved promise; released?", lib.symbols.thread_wait_returned(slot, 1, 0));
  await new Promise((resolve) => setTimeout(resolve, 100));
  console.log("after await of a 100 ms timer; released?", lib.symbols.thread_wait_returned(slot, 1, 1000));
  console.log("sum", lib.symbols.thread_join(slot));
  cb.close();
  return 99;
});
void setTimeout;
slot = lib.symbols.thread_start(cb.pointer, 1, 1, 50, 0, 0, 0);
