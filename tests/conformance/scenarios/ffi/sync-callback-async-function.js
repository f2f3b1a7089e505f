// An async function as a synchronous callback: its body runs up to the first await during the
// FFI call; native code gets the returned Promise converted to the result type (an i32 0, a
// pointer NULL, a bool true); the code after await runs at the outer checkpoint.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_i32: { parameters: ["function", "i32"], result: "i32" },
  call_ret_ptr: { parameters: ["function"], result: "pointer" },
  call_ret_bool: { parameters: ["function"], result: "bool" },
});
const asyncI32 = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, async (x) => {
  console.log("async callback: before await", x);
  await null;
  console.log("async callback: after await", x);
  return x * 2;
});
console.log("i32 result:", lib.symbols.call_i32(asyncI32.pointer, 21));
const asyncPtr = new Deno.UnsafeCallback({ parameters: [], result: "pointer" }, async () => null);
console.log("pointer result:", lib.symbols.call_ret_ptr(asyncPtr.pointer));
const asyncBool = new Deno.UnsafeCallback({ parameters: [], result: "bool" }, async () => false);
console.log("bool result:", lib.symbols.call_ret_bool(asyncBool.pointer));
console.log("top level: end");
asyncI32.close();
asyncPtr.close();
asyncBool.close();
