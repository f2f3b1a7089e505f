// ffi-calls: N synchronous calls of a native add(i32, i32). Reports calls per second.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_BENCH_LIB"), {
  bench_add: { parameters: ["i32", "i32"], result: "i32" },
});
const add = lib.symbols.bench_add;
const N = 2000000;
let acc = 0;
const t0 = performance.now();
for (let i = 0; i < N; i++) acc = add(acc & 0xffff, 1);
const ms = performance.now() - t0;
console.log(`RESULT ffi_calls_per_s ${Math.round(N / (ms / 1000))}`);
