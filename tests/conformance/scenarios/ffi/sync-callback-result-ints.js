// How a callback's return value becomes an 8/16/32-bit integer result: truncation toward zero and
// wrapping modulo 2**n (300 -> 44 as u8, -1 -> 255), ToNumber for strings, booleans, null,
// undefined and objects with valueOf, NaN -> 0. Native code prints what it received.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_ret_u8: { parameters: ["function"], result: "u8" },
  call_ret_i8: { parameters: ["function"], result: "i8" },
  call_ret_u16: { parameters: ["function"], result: "u16" },
  call_ret_i16: { parameters: ["function"], result: "i16" },
  call_ret_u32: { parameters: ["function"], result: "u32" },
  call_ret_i32: { parameters: ["function"], result: "i32" },
});
const values = [
  ["300", 300], ["-1", -1], ["1.9", 1.9], ["-1.9", -1.9], ["70000", 70000], ["2**31", 2 ** 31],
  ['"12"', "12"], ["true", true], ["null", null], ["undefined", undefined], ["NaN", NaN],
  ["{valueOf: 7}", { valueOf() { return 7; } }],
];
for (const type of ["u8", "i8", "u16", "i16", "u32", "i32"]) {
  const results = [];
  for (const [label, value] of values) {
    const cb = new Deno.UnsafeCallback({ parameters: [], result: type }, () => value);
    results.push(label + "->" + lib.symbols["call_ret_" + type](cb.pointer));
    cb.close();
  }
  console.log(type + ":", results.join(" "));
}
