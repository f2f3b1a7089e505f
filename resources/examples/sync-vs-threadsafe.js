// Synchronous vs thread-safe: one callback, called two ways
//
// Watch: the same JS function logs a line and queues a microtask. Called *synchronously*
// (demo_call_n, an FFI call made from JS), the microtask waits: "demo_call_n returned" and the
// rest of the top-level code print first, because the JS call stack never emptied. Called from
// native thread t1 (a *thread-safe* call), the microtask runs before t1 gets control back:
// "[native t1] callback returned" comes after it.
// Seed: "The callstack becomes empty after thread safe callbacks ... For synchronous callbacks
// ... the callstack does not empty when the callback returns."
// Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_call_n: { parameters: ["function", "i32"], result: "i32" },
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  // Waits for the threads on a Deno pool thread (nonblocking), so it cannot deadlock with them.
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

function work(how) {
  console.log(`${how} callback runs`);
  queueMicrotask(() => console.log(`${how} callback's microtask`));
  return 1;
}

// 1. Synchronous: native code calls back while our FFI call is still on the stack.
const syncCallback = new Deno.UnsafeCallback(
  { parameters: ["i32", "f64"], result: "i32" },
  () => work("synchronous"),
);
console.log("--- synchronous: calling demo_call_n(cb, 1)");
lib.symbols.demo_call_n(syncCallback.pointer, 1);
console.log("demo_call_n returned; the top-level code goes on");

// 2. Thread-safe: native thread t1 calls back at 50 ms, while the event loop is idle.
const threadCallback = Deno.UnsafeCallback.threadSafe(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id) => work(`thread-safe (t${id})`),
);
console.log("--- thread-safe: starting t1");
lib.symbols.demo_thread_start(threadCallback.pointer, 1, 50, 0, 1);
lib.symbols.demo_threads_join().then(finish); // resolves once t1 has made its last call
console.log("end of the top-level code (the synchronous microtask runs right after this)");

function finish() {
  threadCallback.close(); // it was ref'd by threadSafe(): closing it lets Deno exit
  syncCallback.close();
  lib.close();
}
