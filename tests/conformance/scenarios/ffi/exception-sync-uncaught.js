// A synchronous callback throws and nobody catches it: native code still sees 0 and finishes its
// call, then the error propagates out of the FFI call and ends the script as an uncaught error.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_i32: { parameters: ["function", "i32"], result: "i32" },
});
setTimeout(() => console.log("timer: never runs"), 10);
const cb = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  throw new RangeError("callback failed for " + x);
});
console.log("calling");
lib.symbols.call_i32(cb.pointer, 3);
console.log("not reached");
