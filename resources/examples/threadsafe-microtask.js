// Microtasks queued in a thread-safe callback run before the native thread gets control back
//
// Watch: t1 calls back twice. The callback logs "First", queues work, logs "Second" and
// returns; yet "[native t1] callback returned" comes only after the queued work ("Result: ...",
// then promise reactions and nested microtasks) has run. Deno runs a microtask checkpoint right
// after a thread-safe callback and releases the native thread only after it.
// Seed: "Deno will synchronously run all microtasks automatically when the callstack becomes
// empty ... for thread safe callbacks, this callback will run everything inside it before
// returning control back to the native library." The 1e6-step loop blocks t1 as long as it runs.
// Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  // Waits for the threads on a Deno pool thread (nonblocking), so it cannot deadlock with them.
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

const callback = Deno.UnsafeCallback.threadSafe(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id, call) => {
    if (call === 0) {
      // The seed's example, unchanged.
      console.log("First");
      queueMicrotask(function microtask() {
        let i = 0;
        let sum = 0;
        while (i < 1_000_000) {
          sum += i;
          i++;
        }
        console.log("Result:", sum);
      });
      console.log("Second");
      return 42;
    }
    // Second call: promise reactions and microtasks queued by microtasks are drained too.
    console.log("First");
    Promise.resolve().then(() => console.log("promise.then"));
    queueMicrotask(() => {
      console.log("queueMicrotask");
      queueMicrotask(() => console.log("nested microtask"));
    });
    console.log("Second");
    return 43;
  },
);

lib.symbols.demo_thread_start(callback.pointer, 1, 50, 100, 2);

lib.symbols.demo_threads_join().then(finish); // resolves once t1 has made its last call

function finish() {
  callback.close();
  lib.close();
}
