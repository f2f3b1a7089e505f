// Re-entry: a synchronous callback makes another FFI call that calls a second callback, three
// levels deep. Everything runs on the one JS thread in call order, and the microtasks queued at
// every level wait until the outermost JS (the top-level script) has finished.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_i32: { parameters: ["function", "i32"], result: "i32" },
});
const inner = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  console.log("inner callback", x);
  queueMicrotask(() => console.log("microtask from inner"));
  return x + 1;
});
const middle = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  console.log("middle callback", x);
  queueMicrotask(() => console.log("microtask from middle"));
  const r = lib.symbols.call_i32(inner.pointer, x * 10);
  console.log("middle got", r, "from the nested call");
  return r + 1;
});
const outer = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  console.log("outer callback", x);
  queueMicrotask(() => console.log("microtask from outer"));
  return lib.symbols.call_i32(middle.pointer, x + 1) + 1;
});
console.log("result:", lib.symbols.call_i32(outer.pointer, 1));
console.log("top level: end");
