// Deferring work past the native continuation: setTimeout(…, 10) in a thread-safe callback
//
// Watch: the callback copies its message string at once, then defers the heavy work with
// setTimeout(…, 10). "[native t1] callback returned" now comes before the deferred work: t1 is
// released at the end of the callback task, and a timer cannot run before that. (Compare
// threadsafe-microtask.js, where queueMicrotask made t1 wait.) The deferred work then reads the
// pointer it was given once more and finds the text t1 wrote there after the call.
// Seed: "it's recommended to use setTimeout(() => {}, 10) or more. Note that any pointers
// received by the callback may become dangling by the time the setTimeout fires, and thus any
// data extraction should generally be done synchronously." Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

const callback = Deno.UnsafeCallback.threadSafe(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id, call, messagePointer) => {
    // Extract data synchronously: the string belongs to t1 and is only valid during the call.
    const message = Deno.UnsafePointerView.getCString(messagePointer);
    console.log(`callback: got "${message}", deferring the work by 10 ms`);
    setTimeout(() => {
      let sum = 0;
      for (let i = 0; i < 1_000_000; i++) sum += i;
      console.log(`deferred work for "${message}": Result: ${sum}`);
      // Reading the pointer now is a bug: t1 has reused the buffer (in real libraries the
      // memory may even be freed, and reading it would crash).
      console.log(`  the pointer now reads "${Deno.UnsafePointerView.getCString(messagePointer)}"`);
    }, 10);
    console.log("callback returns");
    return call;
  },
);

// Deno 2.9 loads the timers lazily, with a microtask checkpoint, on first use outside the
// top-level code (first-settimeout-quirk.js): touch them here so the callback sees no such load.
void setTimeout;
lib.symbols.demo_thread_start(callback.pointer, 1, 50, 100, 2);
lib.symbols.demo_threads_join().then(() => {
  callback.close();
  lib.close();
});
