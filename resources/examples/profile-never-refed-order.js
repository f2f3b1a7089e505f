// deno-1.34: a never-ref'ed callback does not wake the loop, and queued calls run newest first
// loopscope-compare: deno-1.34 deno-2.9
//
// Watch: t1, t2 and t3 call a callback that was never ref'ed at 50, 100 and 150 ms while the loop
// sleeps until a 400 ms timer. Under deno-2.9 every call wakes the loop and runs at once, in
// order. Under deno-1.34 (Deno 1.31.0 - 1.34.1) a callback gets a waker only from ref(): the three
// threads stay blocked until the timer wakes the loop, and then the FFI middleware, which runs
// after the timers, pops its queue newest first: t3, t2, t1.
// Seed: "a synchronous callback will not wake up the event loop". Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32" },
});

const callback = new Deno.UnsafeCallback(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id) => {
    console.log(`callback from t${id}`);
    return id;
  },
);
for (const id of [1, 2, 3]) lib.symbols.demo_thread_start(callback.pointer, id, 50 * id, 0, 1);
setTimeout(() => console.log("timer: 400 ms"), 400);
setTimeout(() => {
  console.log(`joined ${lib.symbols.demo_threads_join()} threads`);
  callback.close();
  lib.close();
}, 500);
console.log("top level done");
