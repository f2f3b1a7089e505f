// A thread-safe callback (called from a native thread) runs on the JS thread while the native
// thread waits; every microtask it queues, nested ones and whole promise chains included, runs
// before the native thread is released and prints "callback returned".
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_wait_returned: { parameters: ["i32", "u32", "u32"], result: "bool" },
  threads_join_all: { parameters: [], result: "u32" },
});
let slot;
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  console.log("First");
  Promise.resolve().then(() => console.log("promise.then"));
  queueMicrotask(() => {
    console.log("queueMicrotask");
    queueMicrotask(() => {
      console.log("nested microtask");
      // The native thread cannot have been released yet: this waits 50 ms in vain.
      console.log("native thread released yet?", lib.symbols.thread_wait_returned(slot, 1, 50));
    });
  });
  Promise.resolve(1).then((v) => v + 1).then((v) => v + 1).then((v) => console.log("chain end", v));
  console.log("Second");
  return 7;
});
void setTimeout; // load the timers before the callback runs (see threadsafe-first-settimeout-quirk)
slot = lib.symbols.thread_start(cb.pointer, 1, 1, 50, 0, 0, 0);
console.log("top level: thread started");
setTimeout(() => {
  console.log("joined", lib.symbols.threads_join_all());
  cb.close();
}, 300);
