// Long and deep microtask work in a thread-safe callback still completes before the native thread
// is released: a microtask that blocks the JS thread for 100 ms, three levels of nested
// microtasks, a ten-step promise chain and an async function with several awaits.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_wait_returned: { parameters: ["i32", "u32", "u32"], result: "bool" },
  threads_join_all: { parameters: [], result: "u32" },
  sleep_ms: { parameters: ["u32"], result: "void" },
});
let slot;
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, () => {
  console.log("callback: start");
  queueMicrotask(() => {
    lib.symbols.sleep_ms(100);
    console.log("microtask: blocked the JS thread for 100 ms");
    queueMicrotask(() => {
      console.log("nested 1");
      queueMicrotask(() => {
        console.log("nested 2");
        queueMicrotask(() => console.log("nested 3"));
      });
    });
  });
  let p = Promise.resolve(0);
  for (let k = 0; k < 10; k++) p = p.then((v) => v + 1);
  p.then((v) => console.log("chain of ten ends with", v));
  (async () => {
    for (let k = 1; k <= 3; k++) {
      await null;
      console.log("async function after await", k);
    }
    console.log("still waiting natively:", !lib.symbols.thread_wait_returned(slot, 1, 0));
  })();
  console.log("callback: end");
  return 1;
});
void setTimeout;
slot = lib.symbols.thread_start(cb.pointer, 1, 1, 50, 0, 0, 0);
setTimeout(() => {
  console.log("joined", lib.symbols.threads_join_all());
  cb.close();
}, 400);
