// The arguments a callback receives for every parameter type: 8/16/32-bit integers and floats as
// Numbers (f32 0.1 widened), 64-bit integers always as BigInt, bool as boolean, a NULL pointer as
// null and a non-NULL one as a pointer object; `this` is undefined (module code is strict).
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_with_all_types: { parameters: ["function"], result: "void" },
});
const names = ["u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "usize", "isize", "f32", "f64", "bool", "pointer", "pointer"];
const cb = new Deno.UnsafeCallback({ parameters: names, result: "void" }, function (...args) {
  console.log("this:", this, "argument count:", args.length);
  args.forEach((v, i) => {
    const shown = typeof v === "bigint" ? v + "n" : v;
    console.log(`  ${names[i]}: ${typeof v}`, shown);
  });
  console.log("  text behind the last pointer:", Deno.UnsafePointerView.getCString(args[14]));
});
lib.symbols.call_with_all_types(cb.pointer);
cb.close();
