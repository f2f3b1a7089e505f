// Structs by value: a struct argument is any typed array or ArrayBuffer with its bytes; a struct
// result is a new Uint8Array with the C layout, padding included (u8, u32, u16 is 12 bytes) and
// results returned through memory (three i64) alike.
const Point = { struct: ["f64", "f64"] };
const Padded = { struct: ["u8", "u32", "u16"] };
const Big = { struct: ["i64", "i64", "i64"] };
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  make_point: { parameters: ["f64", "f64"], result: Point },
  point_sum: { parameters: [Point], result: "f64" },
  point_scale: { parameters: [Point, "f64"], result: Point },
  make_padded: { parameters: ["u8", "u32", "u16"], result: Padded },
  padded_sum: { parameters: [Padded], result: "u32" },
  make_big: { parameters: ["i64"], result: Big },
  big_sum: { parameters: [Big], result: "i64" },
});
const p = lib.symbols.make_point(1.25, 2.5);
console.log("make_point:", p.constructor.name, p.byteLength, Array.from(new Float64Array(p.buffer)));
console.log("point_sum of it:", lib.symbols.point_sum(p));
console.log("point_sum of a Float64Array:", lib.symbols.point_sum(new Float64Array([10, 20])));
console.log("point_sum of an ArrayBuffer:", lib.symbols.point_sum(new Float64Array([1, 2]).buffer));
console.log("point_scale:", Array.from(new Float64Array(lib.symbols.point_scale(p, 4).buffer)));
const padded = lib.symbols.make_padded(7, 0x01020304, 0xbeef);
console.log("make_padded bytes:", Array.from(padded).join(","));
console.log("padded_sum:", lib.symbols.padded_sum(padded));
const big = lib.symbols.make_big(-5n);
console.log("make_big:", big.byteLength, Array.from(new BigInt64Array(big.buffer)).join(","));
console.log("big_sum:", lib.symbols.big_sum(big));
for (const [label, value] of [["a number", 1], ["null", null], ["a string", "0123456789abcdef"]]) {
  try {
    console.log(label, "->", lib.symbols.point_sum(value));
  } catch (e) {
    console.log(`${label}: ${e.name}: ${e.message}`);
  }
}
