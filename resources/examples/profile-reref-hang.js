// deno-1.30: after unref(), ref() no longer lets the callback wake the loop
// loopscope-compare: deno-1.30 deno-2.9
//
// Watch: the callback is ref'ed, unref'ed and ref'ed again, and t1 calls it at 100 ms while
// the script waits (nonblocking) for t1 to finish. Under deno-2.9 the call wakes the loop and is
// served at once. Under deno-1.30 (Deno 1.26.2 - 1.30.x) unref() had cancelled the callback's ref
// op for good: the re-ref'ed callback cannot wake the loop, so t1 stays blocked while the loop
// sleeps at 0 % CPU. After 2 s loopscope says so ("loopscope: hang: ..."); only the 3 s
// watchdog timer finally wakes the loop, and the FFI middleware then serves the waiting call.
// Without that timer Deno 1.30 would hang for ever. Fixed in 1.31.0 (denoland/deno#17704).
// Deterministic output apart from the hang diagnostic's timing.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

const start = Date.now();
const callback = new Deno.UnsafeCallback(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id) => {
    const late = Date.now() - start > 1000;
    console.log(`callback from t${id}: served ${late ? "only when the watchdog timer woke the loop" : "at once"}`);
    return 0;
  },
);
callback.ref();
callback.unref();
callback.ref();

const watchdog = setTimeout(() => console.log("watchdog timer (3 s) wakes the loop"), 3000);
lib.symbols.demo_thread_start(callback.pointer, 1, 100, 0, 1);
await lib.symbols.demo_threads_join();
console.log("t1 has finished");
clearTimeout(watchdog);
callback.close();
lib.close();
