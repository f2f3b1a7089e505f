// 64-bit integer arguments take Numbers (truncated; out-of-range ones saturate, NaN is 0, -1 as
// u64 is 2**64-1) and BigInts (wrapped modulo 2**64), and 64-bit results are always BigInts, even
// small ones. Strings, booleans and null throw TypeErrors.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  id_u64: { parameters: ["u64"], result: "u64" },
  id_i64: { parameters: ["i64"], result: "i64" },
  id_usize: { parameters: ["usize"], result: "usize" },
  id_isize: { parameters: ["isize"], result: "isize" },
  triangle_u64: { parameters: ["u32"], result: "u64" },
  add_i64: { parameters: ["i64", "i64"], result: "i64" },
});
const show = (v) => (typeof v === "bigint" ? v + "n" : String(v));
const values = [
  ["0", 0], ["-1", -1], ["1.9", 1.9], ["-1.9", -1.9], ["2**53+2", 2 ** 53 + 2], ["2**64", 2 ** 64],
  ["-(2**64)", -(2 ** 64)], ["NaN", NaN], ["Infinity", Infinity], ["-1n", -1n], ["2n**63n", 2n ** 63n],
  ["2n**64n+3n", 2n ** 64n + 3n], ['"1"', "1"], ["true", true],
];
for (const type of ["u64", "i64", "usize", "isize"]) {
  const out = [];
  for (const [label, v] of values) {
    try {
      out.push(`${label}->${show(lib.symbols["id_" + type](v))}`);
    } catch (e) {
      out.push(`${label}->${e.name}`);
    }
  }
  console.log(type + ":", out.join(" "));
}
console.log("triangle_u64(0..4):", [0, 1, 2, 3, 4].map((n) => show(lib.symbols.triangle_u64(n))).join(" "));
console.log("typeof a small u64 result:", typeof lib.symbols.triangle_u64(1));
console.log("add_i64(2n**63n-1n, 1n) wraps to", show(lib.symbols.add_i64(2n ** 63n - 1n, 1n)));
try {
  lib.symbols.id_u64("1");
} catch (e) {
  console.log("u64 message:", e.message);
}
try {
  lib.symbols.id_isize(null);
} catch (e) {
  console.log("isize message:", e.message);
}
