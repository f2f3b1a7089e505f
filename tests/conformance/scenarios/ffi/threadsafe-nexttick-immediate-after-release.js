// What a thread-safe callback queues besides microtasks runs only after the native thread was
// released: nextTick and setImmediate (and an expired timer) find it released, the microtask does
// not. thread_wait_returned lets JS check that without a race. The native thread waits 300 ms
// before printing, so its line comes last.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_wait_returned: { parameters: ["i32", "u32", "u32"], result: "bool" },
  threads_join_all: { parameters: [], result: "u32" },
});
const released = (ms) => lib.symbols.thread_wait_returned(slot, 1, ms);
let slot;
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, () => {
  console.log("callback");
  process.nextTick(() => console.log("nextTick: released?", released(1000)));
  setImmediate(() => console.log("setImmediate: released?", released(1000)));
  setTimeout(() => console.log("setTimeout 1: released?", released(1000)), 1);
  // Runs before the release; its 50 ms wait also lets the 1 ms timer expire.
  queueMicrotask(() => console.log("microtask: released?", released(50)));
  return 0;
});
void setTimeout;
void process;
slot = lib.symbols.thread_start(cb.pointer, 1, 1, 50, 0, 300, 0);
setTimeout(() => {
  console.log("joined", lib.symbols.threads_join_all());
  cb.close();
}, 600);
