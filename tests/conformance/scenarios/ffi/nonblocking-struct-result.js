// A nonblocking call with a struct result resolves to a Uint8Array holding the struct's bytes;
// a 64-bit result resolves to a BigInt (2**53 + 1 exactly), a u32 result to a Number.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  slow_point: { parameters: ["f64", "f64", "u32"], result: { struct: ["f64", "f64"] }, nonblocking: true },
  slow_big: { parameters: ["u32"], result: "i64", nonblocking: true },
  slow_add: { parameters: ["u32", "u32", "u32"], result: "u32", nonblocking: true },
});
const point = await lib.symbols.slow_point(1.5, -2.5, 20);
console.log(point.constructor.name, point.byteLength, Array.from(new Float64Array(point.buffer)));
const big = await lib.symbols.slow_big(20);
console.log(typeof big, big, big === 2n ** 53n + 1n);
const sum = await lib.symbols.slow_add(4000000000, 294967295, 20);
console.log(typeof sum, sum);
const [a, b] = await Promise.all([lib.symbols.slow_add(1, 1, 60), lib.symbols.slow_add(2, 2, 20)]);
console.log("Promise.all:", a, b);
