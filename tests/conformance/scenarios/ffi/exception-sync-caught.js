// A synchronous callback that throws: native code gets a zero of the result type (0, false, 0.0,
// NULL, 0n) and carries on; the exception reaches the JS caller of the FFI call only after that
// call has returned, as the very object that was thrown.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_i32: { parameters: ["function", "i32"], result: "i32" },
  call_ret_bool: { parameters: ["function"], result: "bool" },
  call_ret_f64: { parameters: ["function"], result: "f64" },
  call_ret_ptr: { parameters: ["function"], result: "pointer" },
  call_ret_u64: { parameters: ["function"], result: "u64" },
  call_void: { parameters: ["function"], result: "void" },
});
const thrown = new Error("thrown by the callback");
for (const type of ["bool", "f64", "pointer", "u64"]) {
  const cb = new Deno.UnsafeCallback({ parameters: [], result: type }, () => {
    throw thrown;
  });
  const symbol = type === "pointer" ? "call_ret_ptr" : "call_ret_" + type;
  try {
    lib.symbols[symbol](cb.pointer);
    console.log("not reached");
  } catch (e) {
    console.log(`${type}: caught`, e === thrown ? "the same Error" : e);
  }
  cb.close();
}
const i32 = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  console.log("callback", x, "throws a string");
  throw "just a string";
});
try {
  lib.symbols.call_i32(i32.pointer, 5);
} catch (e) {
  console.log("caught:", typeof e, e);
}
const voidCb = new Deno.UnsafeCallback({ parameters: [], result: "void" }, () => {
  throw new TypeError("from a void callback");
});
try {
  lib.symbols.call_void(voidCb.pointer);
} catch (e) {
  console.log("caught:", e.name, e.message);
}
console.log("the process goes on");
