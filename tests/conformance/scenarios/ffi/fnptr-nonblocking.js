// An UnsafeFnPointer with nonblocking: true runs on the blocking pool like a nonblocking symbol:
// call() returns a Promise at once and the result arrives later, struct results as Uint8Array.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  fn_slow_add: { parameters: [], result: "function" },
  fn_make_point: { parameters: [], result: "function" },
});
const slowAdd = new Deno.UnsafeFnPointer(lib.symbols.fn_slow_add(), {
  parameters: ["u32", "u32", "u32"],
  result: "u32",
  nonblocking: true,
});
const p = slowAdd.call(7, 8, 100);
console.log("call returned a Promise:", p instanceof Promise);
setTimeout(() => console.log("timer 50"), 50);
setTimeout(() => console.log("timer 200"), 200);
p.then((v) => console.log("resolved to", v));
const makePoint = new Deno.UnsafeFnPointer(lib.symbols.fn_make_point(), {
  parameters: ["f64", "f64"],
  result: { struct: ["f64", "f64"] },
  nonblocking: true,
});
const point = await makePoint.call(0.25, 0.5);
console.log("point:", point.constructor.name, Array.from(new Float64Array(point.buffer)));
