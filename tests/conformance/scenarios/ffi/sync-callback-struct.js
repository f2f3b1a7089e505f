// Structs and callbacks: a struct argument arrives as a fresh Uint8Array copy of its bytes (writing
// to it or to a structuredClone of it changes nothing in C); a struct result is copied from the
// typed array or ArrayBuffer the callback returns.
const Point = { struct: ["f64", "f64"] };
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_with_point: { parameters: ["function", "f64", "f64"], result: "f64" },
  call_ret_point: { parameters: ["function", "f64"], result: Point },
});
let kept;
const takesPoint = new Deno.UnsafeCallback({ parameters: [Point], result: "f64" }, (p) => {
  console.log("argument:", p.constructor.name, p.byteLength, "bytes");
  const xy = new Float64Array(p.buffer, p.byteOffset, 2);
  console.log("x, y:", xy[0], xy[1]);
  const copy = structuredClone(p);
  xy[0] = 1000;
  console.log("structuredClone kept the old x:", new Float64Array(copy.buffer)[0]);
  kept = p;
  return xy[0] + xy[1];
});
console.log("call_with_point returned", lib.symbols.call_with_point(takesPoint.pointer, 1.5, 2.25));
console.log("the argument outlives the call:", kept.byteLength);
const fromTyped = new Deno.UnsafeCallback({ parameters: ["f64"], result: Point }, (k) => new Float64Array([k, k * 2]));
const r1 = lib.symbols.call_ret_point(fromTyped.pointer, 3);
console.log("result from a Float64Array:", r1.constructor.name, Array.from(new Float64Array(r1.buffer)));
const fromBuffer = new Deno.UnsafeCallback({ parameters: ["f64"], result: Point }, (k) => new Float64Array([-k, 0.5]).buffer);
const r2 = lib.symbols.call_ret_point(fromBuffer.pointer, 4);
console.log("result from an ArrayBuffer:", Array.from(new Float64Array(r2.buffer)));
takesPoint.close();
fromTyped.close();
fromBuffer.close();
