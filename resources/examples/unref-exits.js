// unref() lets Deno exit, though a native thread would still call back
//
// Watch: the callback is unref'd, so only the 200 ms timer keeps Deno alive. t1 calls at 50 ms
// and is served at once: an unref'd callback still wakes the event loop (the loop was parked
// waiting for the timer). t2 would call at 600 ms, but after the timer Deno has nothing ref'd
// left and exits: t2's "[native t2] calling back" line never appears, and the process ends after
// about 200 ms (the sleeping native thread simply dies with it).
// Seed: "Calling unref() on a thread safe callback will stop it from keeping Deno from exiting
// but will not stop it from waking up the Deno event loop when called." Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
});

const start = Date.now();
const callback = Deno.UnsafeCallback.threadSafe(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id) => {
    const early = Date.now() - start < 150;
    console.log(`callback from t${id}: served ${early ? "right away, not at the 200 ms timer" : "late"}`);
    return id;
  },
);
console.log(`callback.unref() returns ${callback.unref()}`);

lib.symbols.demo_thread_start(callback.pointer, 1, 50, 0, 1);
lib.symbols.demo_thread_start(callback.pointer, 2, 600, 0, 1);

setTimeout(() => {
  console.log("200 ms timer: the last ref'd work. Deno exits after it; t2 never gets to call");
}, 200);
