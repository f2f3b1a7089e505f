// Several native threads calling back at once
//
// Part 1 (deterministic): t1, t2 and t3 call at staggered times, each call served on its own.
// Part 2 (NOT deterministic): the main thread is busy for 200 ms while t4..t7 call in; their
// calls queue up and then run in arrival order, each followed by its own microtasks, and each
// thread is released right after its own callback: "callback t4, microtask t4, callback t5, ..."
// is fixed, but where each "[native tN] callback returned" line lands among them is a race.
// The join is `nonblocking: true`: a blocking join while threads still call back would deadlock.
// Seed: "all callbacks created are always safe to call from foreign threads".

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

const callback = Deno.UnsafeCallback.threadSafe(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id, call) => {
    console.log(`callback t${id} (call ${call})`);
    queueMicrotask(() => console.log(`  microtask t${id}`));
    return id * 10 + call;
  },
);

console.log("--- part 1: three threads, calls 50 ms apart");
lib.symbols.demo_thread_start(callback.pointer, 1, 50, 150, 2); // 50, 200 ms
lib.symbols.demo_thread_start(callback.pointer, 2, 100, 150, 2); // 100, 250 ms
lib.symbols.demo_thread_start(callback.pointer, 3, 150, 150, 2); // 150, 300 ms
lib.symbols.demo_threads_join().then(() => setTimeout(part2, 50));

function part2() {
  console.log("--- part 2: four threads call while the main thread is busy");
  for (let id = 4; id <= 7; id++) lib.symbols.demo_thread_start(callback.pointer, id, 20 * (id - 3), 0, 1);
  const end = Date.now() + 200;
  while (Date.now() < end) { /* busy: the four calls queue up meanwhile */ }
  console.log("main thread free again");
  lib.symbols.demo_threads_join().then((joined) => {
    console.log(`joined ${joined} threads`);
    callback.close();
    lib.close();
  });
}
