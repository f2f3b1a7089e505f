// process.nextTick and setImmediate in a thread-safe callback: they run after the release
//
// Watch: the callback queues a microtask, a nextTick and an immediate. Only the microtask is sure
// to run before t1 is released: Deno's checkpoint after a thread-safe callback drains promise
// jobs, not the nextTick queue. The nextTick and the immediate run after the release, in the main
// thread's usual order, and race with t1, which must first be woken by the OS: here the main
// thread usually wins. NOT deterministic: where "[native t1] callback returned" lands varies.
// Seed: "this callback will run everything inside it before returning control": microtasks only.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
  demo_threads_returned: { parameters: [], result: "i32" },
});

const tally = { nextTick: 0, immediate: 0 };
const calls = 3;
const callback = Deno.UnsafeCallback.threadSafe(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id, call) => {
    const before = lib.symbols.demo_threads_returned();
    const released = () => lib.symbols.demo_threads_returned() > before;
    console.log(`callback ${call}`);
    queueMicrotask(() => console.log(`  microtask (t1 released: ${released()})`));
    process.nextTick(() => {
      if (released()) tally.nextTick++;
      console.log("  nextTick");
    });
    setImmediate(() => {
      if (released()) tally.immediate++;
      console.log("  immediate");
    });
    return call;
  },
);

// Read process and the timers once at top level: their lazy loading (Deno 2.9) then cannot
// happen inside the callback (see first-settimeout-quirk.js).
void process, setTimeout;
lib.symbols.demo_thread_start(callback.pointer, 1, 50, 100, calls);
lib.symbols.demo_threads_join().then(() => {
  console.log(`t1 had printed "callback returned" before the nextTick in ${tally.nextTick} of ${calls} calls, before the immediate in ${tally.immediate}`);
  callback.close();
  lib.close();
});
