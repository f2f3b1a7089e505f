// ref() keeps Deno alive until close()
//
// Watch: after the top-level code there are no timers, promises or other work left, yet Deno
// does not exit: the ref'd callback keeps it alive while the loop sleeps (at 0% CPU) between
// t1's calls at 50, 150 and 250 ms. Only close() releases it, and the process ends right after
// "closed". Without the ref() Deno would exit before t1's first call (see unref-exits.js).
// Seed: "A thread safe callback will keep Deno's from exiting even if there is not more work to
// be done, as the thread safe callback can be expected to call in from another thread";
// "Ref'ing a callback makes Deno stay alive even if there is no JavaScript code left to run."
// Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

const calls = 3;
const callback = new Deno.UnsafeCallback(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id, call) => {
    console.log(`call ${call} from t${id}: Deno is still alive`);
    if (call === calls - 1) {
      console.log("last call: close the callback once t1 has finished");
      // Never close() inside the callback itself: the native thread is still in the call.
      lib.symbols.demo_threads_join().then(() => {
        callback.close();
        console.log("closed: nothing keeps Deno alive any more, so it exits");
        lib.close();
      });
    }
    return call;
  },
);

console.log(`callback.ref() returns ${callback.ref()}`); // same as creating it with threadSafe()
lib.symbols.demo_thread_start(callback.pointer, 1, 50, 100, calls);
console.log("end of the top-level code: only the ref'd callback keeps Deno running now");
