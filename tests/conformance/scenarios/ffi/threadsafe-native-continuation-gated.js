// The native side continues only when JS lets it: after its call returns, the native thread waits
// at a gate that JS opens 100 ms later and then joins at once, so its "callback returned" line
// comes exactly between those two JS lines, after the microtask, nextTick and immediate the
// callback queued.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
  gate_open: { parameters: [], result: "void" },
});
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  console.log("callback", i);
  setImmediate(() => console.log("immediate from the callback"));
  process.nextTick(() => console.log("nextTick from the callback"));
  queueMicrotask(() => console.log("microtask from the callback"));
  if (i === 0) {
    setTimeout(() => {
      console.log("opening the gate");
      lib.symbols.gate_open();
      console.log("joined, sum", lib.symbols.thread_join(slot));
      cb.close();
    }, 100);
  }
  return 21;
});
void setTimeout;
void process;
const slot = lib.symbols.thread_start(cb.pointer, 1, 1, 50, 0, 0, 2);
