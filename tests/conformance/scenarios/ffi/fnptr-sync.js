// Deno.UnsafeFnPointer calls a native function through a pointer obtained at run time; it keeps
// its pointer and definition, checks arguments like a symbol, and can wrap an UnsafeCallback's
// own pointer, which calls the JS function synchronously through its native trampoline.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  fn_add_i32: { parameters: [], result: "function" },
  fn_call_i32: { parameters: [], result: "pointer" },
  fn_make_point: { parameters: [], result: "pointer" },
});
const add = new Deno.UnsafeFnPointer(lib.symbols.fn_add_i32(), { parameters: ["i32", "i32"], result: "i32" });
console.log("add(40, 2) =", add.call(40, 2));
console.log("definition:", JSON.stringify(add.definition), "pointer is an object:", typeof add.pointer);
try {
  add.call(1.5, 2);
} catch (e) {
  console.log("bad argument:", e.name + ":", e.message);
}
const makePoint = new Deno.UnsafeFnPointer(lib.symbols.fn_make_point(), {
  parameters: ["f64", "f64"],
  result: { struct: ["f64", "f64"] },
});
console.log("make_point:", Array.from(new Float64Array(makePoint.call(3, 4).buffer)));
const cb = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  console.log("JS callback called through its own pointer with", x);
  queueMicrotask(() => console.log("microtask of the callback"));
  return -x;
});
const viaPointer = new Deno.UnsafeFnPointer(cb.pointer, cb.definition);
console.log("returned", viaPointer.call(9));
const callI32 = new Deno.UnsafeFnPointer(lib.symbols.fn_call_i32(), { parameters: ["function", "i32"], result: "i32" });
console.log("call_i32 through a pointer returned", callI32.call(cb.pointer, 5));
cb.close();
console.log("top level: end");
