// A callback called from inside a nonblocking call's worker thread
//
// Watch: demo_worker_call runs on a Deno pool thread (`nonblocking: true`), sleeps 50 ms and
// calls our callback from there. That is a thread-safe call: the worker blocks while Deno's main
// thread runs the callback and its microtask, and only then prints "[native worker] callback
// returned". The promise resolves after the worker function has returned (its result + 1000).
// The callback needs no ref(): the pending nonblocking call keeps Deno alive, and every call from
// another thread wakes the event loop. Seed: "all callbacks created are always safe to call from
// foreign threads"; the thread-safe microtask rule applies here too. Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_worker_call: { parameters: ["function", "i32"], result: "i32", nonblocking: true },
});

const callback = new Deno.UnsafeCallback( // not ref'd, not threadSafe()
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id, call, message) => {
    console.log(`callback on the main thread: "${Deno.UnsafePointerView.getCString(message)}"`);
    queueMicrotask(() => console.log("callback's microtask (the worker is still waiting)"));
    return 7;
  },
);

const promise = lib.symbols.demo_worker_call(callback.pointer, 50);
console.log("demo_worker_call returned a promise; the top-level code goes on");
promise.then((value) => {
  console.log(`promise resolved with ${value}`);
  callback.close(); // safe now: the worker has returned
  lib.close();
});
console.log("end of the top-level code");
