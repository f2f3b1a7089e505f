// deno-1.26: a ref'ed callback spins the event loop at 100 % CPU
// loopscope-compare: deno-1.26 deno-2.9
//
// Watch: t1 calls the ref'ed callback three times, 300 ms apart, then the callback is closed and
// Deno exits. Under deno-2.9 the loop sleeps between the calls (the engine's CPU track stays near
// 0 %). Under deno-1.26 (Deno 1.23.2 - 1.26.1) the FFI middleware reported work on every poll
// while any callback was ref'ed, so the loop re-polled at once: the timeline shows "spinning"
// instead of idle and the CPU track at 100 % until close(). The printed lines are the same.
// Seed: "on earlier versions of Deno it was possible for thread safe callbacks to cause 100% CPU
// usage". Deterministic output.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

const calls = 3;
const callback = new Deno.UnsafeCallback(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id, call) => {
    console.log(`call ${call} from t${id}`);
    if (call === calls - 1) {
      lib.symbols.demo_threads_join().then(() => {
        callback.close();
        console.log("closed: the loop may end now");
        lib.close();
      });
    }
    return call;
  },
);
callback.ref();
lib.symbols.demo_thread_start(callback.pointer, 1, 300, 300, calls);
console.log("top level done: the ref'ed callback keeps Deno alive");
