// A callback that was never ref'd still wakes the event loop when a native thread calls it: while
// the loop sleeps towards a 400 ms timer, calls at 50 ms and 250 ms run promptly, between the
// 150 ms timer and the 400 ms one.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  threads_join_all: { parameters: [], result: "u32" },
});
const cb = new Deno.UnsafeCallback({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  console.log("callback", i);
  return i;
});
lib.symbols.thread_start(cb.pointer, 1, 2, 50, 200, 0, 0);
setTimeout(() => console.log("timer 150"), 150);
setTimeout(() => {
  console.log("timer 400: joined", lib.symbols.threads_join_all());
  cb.close();
}, 400);
