// "buffer" parameters: typed arrays (at their byte offset), ArrayBuffers and DataViews pass a
// pointer to their data, null passes NULL; native code writes into them in place; a C string is
// a TextEncoder result with a trailing NUL.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  sum_bytes: { parameters: ["buffer", "usize"], result: "u32" },
  fill_sequence: { parameters: ["buffer", "usize", "u8"], result: "void" },
  upcase_in_place: { parameters: ["buffer"], result: "usize" },
  c_strlen: { parameters: ["buffer"], result: "usize" },
});
const bytes = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
console.log("sum of a Uint8Array:", lib.symbols.sum_bytes(bytes, 8));
console.log("sum of subarray(4):", lib.symbols.sum_bytes(bytes.subarray(4), 4));
console.log("sum of its ArrayBuffer:", lib.symbols.sum_bytes(bytes.buffer, 8));
console.log("sum of a DataView at offset 6:", lib.symbols.sum_bytes(new DataView(bytes.buffer, 6), 2));
console.log("sum of a Uint16Array [256, 1]:", lib.symbols.sum_bytes(new Uint16Array([256, 1]), 4));
console.log("sum of null:", lib.symbols.sum_bytes(null, 0));
const out = new Uint8Array(10);
lib.symbols.fill_sequence(out.subarray(2, 8), 6, 250);
console.log("filled in place:", Array.from(out).join(","));
const text = new TextEncoder().encode("hello, ffi\0");
console.log("strlen:", lib.symbols.c_strlen(text), " upcase_in_place returns", lib.symbols.upcase_in_place(text));
console.log("text now:", new TextDecoder().decode(text.subarray(0, text.length - 1)));
for (const [label, value] of [["a number", 5], ["a string", "abc"], ["an array", [1, 2]]]) {
  try {
    lib.symbols.sum_bytes(value, 1);
    console.log(label, "accepted");
  } catch (e) {
    console.log(`${label}: ${e.name}: ${e.message}`);
  }
}
