// 8- and 16-bit integer arguments: in-range values pass, larger integers wrap modulo 2**n (u8 256
// is 0, i8 128 is -128, i8 -129 is 127), while -0, fractions, BigInts, NaN, non-numbers and, for the
// unsigned types, negative values throw TypeErrors.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  id_u8: { parameters: ["u8"], result: "u8" },
  id_i8: { parameters: ["i8"], result: "i8" },
  id_u16: { parameters: ["u16"], result: "u16" },
  id_i16: { parameters: ["i16"], result: "i16" },
});
const values = [
  ["0", 0], ["-0", -0], ["127", 127], ["128", 128], ["255", 255], ["256", 256], ["-1", -1],
  ["-129", -129], ["65536", 65536], ["2**31", 2 ** 31], ["1.5", 1.5], ["NaN", NaN], ["1n", 1n],
  ['"5"', "5"], ["true", true],
];
for (const type of ["u8", "i8", "u16", "i16"]) {
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
for (const type of ["u8", "i8", "u16", "i16"]) {
  try {
    lib.symbols["id_" + type](0.5);
  } catch (e) {
    console.log(`${type} message:`, e.message);
  }
}
