// Exceptions thrown by callbacks
//
// (1) Synchronous: native code is never told. It gets 0 as the result and carries on; if the
// throw came from the *last* callback call, the exception is rethrown to our JS once demo_call_n
// has returned (try/catch sees it). Surprise: if native calls the callback again after the throw,
// that next call clears the pending exception and it is lost for good. (2) Thread-safe: Deno
// logs "Illegal unhandled exception in nonblocking callback" on stderr, t1 gets 0, the microtask
// queued before the throw still runs. Never throw from a struct/isize/usize callback: Deno panics.
// Not in the seed text. Deterministic (stdout and stderr).

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_call_n: { parameters: ["function", "i32"], result: "i32" },
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

// 1. Synchronous.
let throwAt = 2;
const picky = new Deno.UnsafeCallback({ parameters: ["i32", "f64"], result: "i32" }, (i) => {
  if (i === throwAt) {
    console.log(`callback(${i}) throws`);
    throw new Error(`callback(${i}) failed`);
  }
  console.log(`callback(${i}) returns ${100 + i}`);
  return 100 + i;
});
for (const at of [2, 1]) {
  throwAt = at;
  console.log(`--- synchronous: 3 calls, the callback throws on call ${at}`);
  try {
    const sum = lib.symbols.demo_call_n(picky.pointer, 3);
    console.log(`demo_call_n returned ${sum}: no exception reached us`);
  } catch (error) {
    console.log(`caught after demo_call_n returned: ${error.message}`);
  }
}

// 2. Thread-safe.
const failing = Deno.UnsafeCallback.threadSafe(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id) => {
    console.log(`thread-safe callback from t${id} throws`);
    queueMicrotask(() => console.log("its microtask still runs"));
    throw new Error("nobody can catch this");
  },
);
setTimeout(() => {
  console.log("--- thread-safe");
  lib.symbols.demo_thread_start(failing.pointer, 1, 50, 0, 1);
  lib.symbols.demo_threads_join().then(() => {
    console.log("the program goes on");
    failing.close();
    picky.close();
    lib.close();
  });
}, 50);
