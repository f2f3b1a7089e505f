// Callback results of the 64-bit, float and bool types: 64-bit results accept BigInt (wrapped) and
// Numbers (truncated, saturated: -1 as u64 is 0, 2**64 as i64 is 2**63-1); f32 rounds; bool is
// JS truthiness. What native code received is printed by it, what JS got back by JS.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_ret_u64: { parameters: ["function"], result: "u64" },
  call_ret_i64: { parameters: ["function"], result: "i64" },
  call_ret_usize: { parameters: ["function"], result: "usize" },
  call_ret_isize: { parameters: ["function"], result: "isize" },
  call_ret_f32: { parameters: ["function"], result: "f32" },
  call_ret_f64: { parameters: ["function"], result: "f64" },
  call_ret_bool: { parameters: ["function"], result: "bool" },
});
const show = (v) => (typeof v === "bigint" ? v + "n" : String(v));
const cases = {
  u64: [["-1n", -1n], ["-1", -1], ["2n**64n+5n", 2n ** 64n + 5n], ["1.9", 1.9], ["2**53", 2 ** 53], ['"42"', "42"]],
  i64: [["-1n", -1n], ["2n**63n", 2n ** 63n], ["-1.9", -1.9], ["2**64", 2 ** 64], ["null", null]],
  usize: [["-2n", -2n], ["-1", -1], ["7.5", 7.5]],
  isize: [["-2n", -2n], ["-1", -1], ["true", true]],
  f32: [["1.9", 1.9], ["0.1", 0.1], ["2**128", 2 ** 128], ["undefined", undefined], ["null", null]],
  f64: [["0.1", 0.1], ['"2.5"', "2.5"], ["undefined", undefined], ["{}", {}]],
  bool: [["0", 0], ["2", 2], ['""', ""], ['"0"', "0"], ["null", null], ["[]", []], ["NaN", NaN]],
};
for (const [type, list] of Object.entries(cases)) {
  for (const [label, value] of list) {
    const cb = new Deno.UnsafeCallback({ parameters: [], result: type }, () => value);
    const r = lib.symbols["call_ret_" + type](cb.pointer);
    console.log(`${type} ${label} -> JS got ${show(r)} (${typeof r})`);
    cb.close();
  }
}
