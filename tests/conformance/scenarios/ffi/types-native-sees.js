// What native code receives for one call with every argument type at its extremes, printed by the
// C side itself: wrapped 8/16-bit values, 64-bit values from BigInts, f32 rounding.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  print_all: {
    parameters: ["u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "usize", "isize", "f32", "f64", "bool"],
    result: "void",
  },
});
console.log("call 1: limits");
lib.symbols.print_all(255, -128, 65535, -32768, 2 ** 32 - 1, -(2 ** 31), 2n ** 64n - 1n, -(2n ** 63n), 2n ** 64n - 1n, -1n, 3.4028234663852886e38, Number.MAX_VALUE, true);
console.log("call 2: wrapping and rounding");
lib.symbols.print_all(257, 200, 65537, 40000, 0, 0, -1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 0.1, 0.1, false);
console.log("call 3: NaN and infinities");
lib.symbols.print_all(0, 0, 0, 0, 0, 0, NaN, NaN, 0, 0, NaN, -Infinity, false);
