// ffi-threadsafe: one native thread calls a thread-safe callback N times, each call blocking
// until the event loop ran it (queue, wake, run, checkpoint, release). Reports round trips/s.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_BENCH_LIB"), {
  bench_thread_calls: { parameters: ["function", "i32"], result: "i64", nonblocking: true },
});
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["i32"], result: "i32" }, (i) => i & 7);
const N = 50000;
const t0 = performance.now();
const sum = await lib.symbols.bench_thread_calls(cb.pointer, N);
const ms = performance.now() - t0;
if (sum <= 0n) throw new Error("wrong sum");
cb.close();
console.log(`RESULT ffi_threadsafe_per_s ${Math.round(N / (ms / 1000))}`);
