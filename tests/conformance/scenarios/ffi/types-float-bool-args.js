// Float and bool arguments: f32 rounds to single precision (0.1, 2**24+1, 1e39 -> Infinity), both
// keep NaN, Infinity and -0, and reject BigInts and non-numbers; bool accepts only true and false.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  id_f32: { parameters: ["f32"], result: "f32" },
  id_f64: { parameters: ["f64"], result: "f64" },
  id_bool: { parameters: ["bool"], result: "bool" },
  add_f32: { parameters: ["f32", "f32"], result: "f32" },
  add_f64: { parameters: ["f64", "f64"], result: "f64" },
  both: { parameters: ["bool", "bool"], result: "bool" },
});
const values = [
  ["0.1", 0.1], ["2**24+1", 2 ** 24 + 1], ["1e39", 1e39], ["-1e-50", -1e-50], ["NaN", NaN],
  ["-Infinity", -Infinity], ["1n", 1n], ['"1.5"', "1.5"], ["null", null],
];
for (const type of ["f32", "f64"]) {
  const out = [];
  for (const [label, v] of values) {
    try {
      out.push(`${label}->${Object.is(lib.symbols["id_" + type](v), -0) ? "-0" : lib.symbols["id_" + type](v)}`);
    } catch (e) {
      out.push(`${label}->${e.name}`);
    }
  }
  console.log(type + ":", out.join(" "));
}
console.log("-0 through f64 stays -0:", Object.is(lib.symbols.id_f64(-0), -0));
console.log("add_f32(0.1, 0.2) =", lib.symbols.add_f32(0.1, 0.2), " add_f64(0.1, 0.2) =", lib.symbols.add_f64(0.1, 0.2));
const out = [];
for (const [label, v] of [["true", true], ["false", false], ["1", 1], ["0", 0], ['"true"', "true"], ["null", null]]) {
  try {
    out.push(`${label}->${lib.symbols.id_bool(v)}`);
  } catch (e) {
    out.push(`${label}->${e.name}: ${e.message}`);
  }
}
console.log("bool:", out.join(" | "));
console.log("both(true, false) =", lib.symbols.both(true, false), " both(true, true) =", lib.symbols.both(true, true));
