// 32-bit integer arguments: values outside the range of the type throw instead of wrapping (i32
// 2**31, u32 2**32, u32 -1), as do -0, fractions, BigInts and non-numbers.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  id_u32: { parameters: ["u32"], result: "u32" },
  id_i32: { parameters: ["i32"], result: "i32" },
  add_u32: { parameters: ["u32", "u32"], result: "u32" },
  add_i32: { parameters: ["i32", "i32"], result: "i32" },
});
const values = [
  ["0", 0], ["-0", -0], ["2**31-1", 2 ** 31 - 1], ["2**31", 2 ** 31], ["-(2**31)", -(2 ** 31)],
  ["2**32-1", 2 ** 32 - 1], ["2**32", 2 ** 32], ["-1", -1], ["1.5", 1.5], ["Infinity", Infinity],
  ["1n", 1n], ["null", null], ["undefined", undefined],
];
for (const type of ["u32", "i32"]) {
  const out = [];
  for (const [label, v] of values) {
    try {
      out.push(`${label}->${lib.symbols["id_" + type](v)}`);
    } catch (e) {
      out.push(`${label}->${e.name}`);
    }
  }
  console.log(type + ":", out.join(" "));
}
console.log("u32 results wrap in C: add_u32(2**32-1, 2) =", lib.symbols.add_u32(2 ** 32 - 1, 2));
console.log("i32 results wrap in C: add_i32(2**31-1, 1) =", lib.symbols.add_i32(2 ** 31 - 1, 1));
try {
  lib.symbols.id_u32(-1);
} catch (e) {
  console.log("u32 message:", e.message);
}
try {
  lib.symbols.id_i32(2 ** 31);
} catch (e) {
  console.log("i32 message:", e.message);
}
