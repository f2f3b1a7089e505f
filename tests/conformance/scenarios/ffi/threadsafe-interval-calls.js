// One native thread calls a thread-safe callback five times, 100 ms apart (50, 150, ... 450 ms),
// while a JS interval ticks every 100 ms (100, 200, 300, 400 ms): the two interleave by time.
// The interval is cleared right after the last call.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
let ticks = 0;
const interval = setInterval(() => console.log("interval tick", ++ticks), 100);
let slot;
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  console.log("callback", i);
  if (i === 4) {
    clearInterval(interval);
    setTimeout(() => {
      console.log("sum", lib.symbols.thread_join(slot));
      cb.close();
    }, 25);
  }
  return i * i;
});
slot = lib.symbols.thread_start(cb.pointer, 1, 5, 50, 100, 0, 0);
