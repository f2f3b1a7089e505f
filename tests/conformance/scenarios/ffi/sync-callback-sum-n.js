// Native code calls the same callback n times in one FFI call and sums the results: every call
// gets a Number argument, results are converted to i32 one by one (2**31 wraps to -2**31), and
// n = 0 never calls it.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  sum_callback: { parameters: ["function", "u32"], result: "i64" },
});
const seen = [];
const squares = new Deno.UnsafeCallback({ parameters: ["u32"], result: "i32" }, (i) => {
  seen.push(typeof i + ":" + i);
  return i * i;
});
console.log("sum of squares 0..9:", lib.symbols.sum_callback(squares.pointer, 10));
console.log("arguments seen:", seen.join(" "));
seen.length = 0;
console.log("n = 0:", lib.symbols.sum_callback(squares.pointer, 0), "calls:", seen.length);
const wrapping = new Deno.UnsafeCallback({ parameters: ["u32"], result: "i32" }, (i) => 2 ** 31 + i);
console.log("2**31 + i as i32, summed for i = 0..2:", lib.symbols.sum_callback(wrapping.pointer, 3));
squares.close();
wrapping.close();
