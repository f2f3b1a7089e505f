// Deno 2.9 quirk: the first use of setTimeout runs the pending microtasks
// loopscope-compare: deno-2.8 deno-2.9
//
// Watch: t1 calls twice; each time the callback logs "First", queues a microtask, reads
// setTimeout and logs "Second". On the first call the microtask runs *before* "Second": in Deno
// 2.9 setTimeout is loaded lazily (node:timers) the first time it is read, and that load ends with
// a microtask checkpoint. On the second call the order is the usual "First, Second, microtask".
// So this script must not touch setTimeout/setInterval/setImmediate/process at top level
// (reading them there is harmless: no checkpoint during top-level evaluation). Not in the seed
// text; the seed's "runs everything inside it before returning" still holds. Deno 2.8 loaded
// the timers at start-up: compare with deno-2.8, where both calls give the usual order.
// Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

const callback = Deno.UnsafeCallback.threadSafe(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id, call) => {
    console.log(`call ${call}: First`);
    queueMicrotask(() => console.log(`call ${call}: microtask`));
    const timer = setTimeout; // just reading it is enough
    console.log(`call ${call}: Second`);
    timer(() => console.log(`call ${call}: a timer, to show setTimeout works`), 10);
    return call;
  },
);

lib.symbols.demo_thread_start(callback.pointer, 1, 50, 100, 2);
lib.symbols.demo_threads_join().then(() => {
  callback.close();
  lib.close();
});
