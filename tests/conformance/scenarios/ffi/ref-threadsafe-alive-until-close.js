// A threadSafe() callback keeps the process alive with nothing else pending, across gaps of
// 100 ms between calls, until close(); after close() the loop has nothing left and the process
// exits with the exit code set through Deno.exitCode.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
let slot;
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  console.log("callback", i);
  if (i === 2) {
    queueMicrotask(() => console.log("last call"));
    Promise.resolve().then(() => {
      // Runs before this call is released, so the join has to wait for a later turn.
      setTimeout(() => {
        console.log("sum of results", lib.symbols.thread_join(slot));
        cb.close();
        Deno.exitCode = 3;
        console.log("closed");
      }, 50);
    });
  }
  return i * 10;
});
slot = lib.symbols.thread_start(cb.pointer, 1, 3, 100, 100, 0, 1);
console.log("top level: end");
