// Callbacks that throw while called from Deno's blocking pool (a nonblocking FFI call whose native
// code calls the callback): like any foreign-thread call the error is logged and dropped, and the
// native code receives a zero of the result type. The nonblocking promises still resolve.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_ret_bool: { parameters: ["function"], result: "bool", nonblocking: true },
  call_ret_f64: { parameters: ["function"], result: "f64", nonblocking: true },
  call_ret_ptr: { parameters: ["function"], result: "pointer", nonblocking: true },
  call_ret_i64: { parameters: ["function"], result: "i64", nonblocking: true },
  call_ret_u16: { parameters: ["function"], result: "u16", nonblocking: true },
});
const cases = [["bool", "call_ret_bool"], ["f64", "call_ret_f64"], ["pointer", "call_ret_ptr"], ["i64", "call_ret_i64"], ["u16", "call_ret_u16"]];
for (const [type, symbol] of cases) {
  const cb = new Deno.UnsafeCallback({ parameters: [], result: type }, () => {
    console.log(`${type} callback throws`);
    throw new Error(type);
  });
  const r = await lib.symbols[symbol](cb.pointer);
  console.log(`${type}: the promise resolved to`, typeof r === "bigint" ? r + "n" : r);
  cb.close();
}
