// DynamicLibrary.close() twice: the second throws BadResource. The test library is linked with
// -z nodelete, so it stays mapped after close and a symbol function taken before close still
// runs; symbols added before close remain listed.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  add_i32: { parameters: ["i32", "i32"], result: "i32" },
  triangle_u64: { parameters: ["u32"], result: "u64" },
});
// The order of the keys of lib.symbols differs from run to run in Deno (a hash map): sort them.
console.log("symbols:", Object.keys(lib.symbols).sort().join(", "));
console.log("add_i32(2, 3) =", lib.symbols.add_i32(2, 3));
lib.close();
console.log("closed");
try {
  lib.close();
  console.log("not reached");
} catch (e) {
  console.log("second close:", e.name + ":", e.message);
}
console.log("after close add_i32(4, 5) =", lib.symbols.add_i32(4, 5));
console.log("after close triangle_u64(4) =", lib.symbols.triangle_u64(4));
