// ffi-nonblocking: N nonblocking calls of a native no-op, one after the other (each awaited):
// post to the worker pool, completion, promise resolution. Reports calls per second.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_BENCH_LIB"), {
  bench_noop: { parameters: [], result: "void", nonblocking: true },
});
const N = 20000;
const t0 = performance.now();
for (let i = 0; i < N; i++) await lib.symbols.bench_noop();
const ms = performance.now() - t0;
console.log(`RESULT ffi_nonblocking_per_s ${Math.round(N / (ms / 1000))}`);
