// ffi-sync-callback: native code calls a JavaScript callback N times synchronously, inside one
// FFI call. Reports callback invocations per second.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_BENCH_LIB"), {
  bench_call_n: { parameters: ["function", "i32"], result: "i64" },
});
const cb = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (i) => i & 7);
const N = 1000000;
const t0 = performance.now();
const sum = lib.symbols.bench_call_n(cb.pointer, N);
const ms = performance.now() - t0;
if (sum <= 0n) throw new Error("wrong sum");
cb.close();
console.log(`RESULT ffi_sync_callbacks_per_s ${Math.round(N / (ms / 1000))}`);
