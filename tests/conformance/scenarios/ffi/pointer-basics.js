// Deno.UnsafePointer: NULL is null (create(0n), value(null) = 0n); pointer objects are opaque
// null-prototype objects compared with equals() (never ===), with value(), offset() and of().
// Only pointers with known addresses are printed.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  null_ptr: { parameters: [], result: "pointer" },
  is_null: { parameters: ["pointer"], result: "bool" },
  id_ptr: { parameters: ["pointer"], result: "pointer" },
  greeting: { parameters: [], result: "pointer" },
  ptr_diff: { parameters: ["pointer", "pointer"], result: "isize" },
  sum_bytes: { parameters: ["pointer", "usize"], result: "u32" },
});
const P = Deno.UnsafePointer;
console.log("null_ptr():", lib.symbols.null_ptr(), " is_null(null):", lib.symbols.is_null(null));
console.log("create(0n):", P.create(0n), " value(null):", P.value(null), " offset(create(4n), -4):", P.offset(P.create(4n), -4));
const p = P.create(0x1234n);
console.log("create(0x1234n):", p, typeof p, Object.getPrototypeOf(p), "value:", P.value(p));
console.log("in an array and an object:", [p], { p });
console.log("equals:", P.equals(p, P.create(0x1234n)), " ===:", p === P.create(0x1234n), " equals(null, null):", P.equals(null, null), " equals(p, null):", P.equals(p, null));
console.log("offset(p, 16):", P.value(P.offset(p, 16)), " offset(p, -4):", P.value(P.offset(p, -4)));
console.log("create(-1n):", P.value(P.create(-1n)), " create(2n**64n + 5n):", P.value(P.create(2n ** 64n + 5n)));
const g = lib.symbols.greeting();
console.log("round trip through C keeps the address:", P.equals(lib.symbols.id_ptr(g), g));
console.log("ptr_diff(g, offset(g, 3)):", lib.symbols.ptr_diff(g, P.offset(g, 3)));
const bytes = new Uint8Array([1, 2, 3, 4]);
const bp = P.of(bytes);
console.log("of(Uint8Array) is a pointer:", bp !== null, " sum through it:", lib.symbols.sum_bytes(bp, 4));
console.log("of(subarray(2)) is 2 further:", P.value(P.of(bytes.subarray(2))) - P.value(bp));
for (const [label, f] of [
  ['create("5")', () => P.create("5")],
  ["of({})", () => P.of({})],
  ["value(5)", () => P.value(5)],
  ["offset(null, 4)", () => P.offset(null, 4)],
  ["is_null(5)", () => lib.symbols.is_null(5)],
]) {
  try {
    f();
    console.log(label, "did not throw");
  } catch (e) {
    console.log(`${label}: ${e.name}: ${e.message}`);
  }
}
