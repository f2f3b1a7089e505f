// Pointer-like callback results: a "pointer" or "function" result must be a pointer object (or
// null); anything else, numbers and BigInts included, reaches native code as NULL. A "buffer"
// result passes the data pointer of a typed array.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  greeting: { parameters: [], result: "pointer" },
  call_ret_ptr: { parameters: ["function"], result: "pointer" },
  call_ret_buf: { name: "call_ret_ptr", parameters: ["function"], result: "pointer" },
  call_ret_fn: { name: "call_ret_ptr", parameters: ["function"], result: "function" },
});
const greeting = lib.symbols.greeting();
const cases = [
  ["null", null],
  ["the greeting pointer", greeting],
  ["UnsafePointer.create(0n)", Deno.UnsafePointer.create(0n)],
  ["a Number", 5],
  ["a BigInt", 5n],
  ["a Uint8Array", new Uint8Array([9])],
  ["undefined", undefined],
];
for (const [label, value] of cases) {
  const cb = new Deno.UnsafeCallback({ parameters: [], result: "pointer" }, () => value);
  const r = lib.symbols.call_ret_ptr(cb.pointer);
  console.log(`pointer result ${label}: JS got ${r === null ? "null" : "a pointer"}`);
  cb.close();
}
const bytes = new Uint8Array([7, 8, 9]);
for (const [label, value] of [["a Uint8Array", bytes], ["a subarray at offset 1", bytes.subarray(1)], ["its ArrayBuffer", bytes.buffer], ["a Number", 3]]) {
  const cb = new Deno.UnsafeCallback({ parameters: [], result: "buffer" }, () => value);
  lib.symbols.call_ret_buf(cb.pointer);
  console.log(`buffer result ${label} done`);
  cb.close();
}
const fnResult = new Deno.UnsafeCallback({ parameters: [], result: "function" }, () => greeting);
console.log("function result equals the greeting:", Deno.UnsafePointer.equals(lib.symbols.call_ret_fn(fnResult.pointer), greeting));
fnResult.close();
