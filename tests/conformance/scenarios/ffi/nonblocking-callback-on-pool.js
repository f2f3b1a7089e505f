// A nonblocking call whose native code calls a callback: the call runs on a pool thread, so the
// callback takes the foreign-thread path without needing ref() (the pending call keeps the loop
// alive). The pool thread waits while the JS thread is busy; the callback's microtasks run before
// the native code continues; the promise resolves after that.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_i32: { parameters: ["function", "i32"], result: "i32", nonblocking: true },
  sleep_ms: { parameters: ["u32"], result: "void" },
});
const cb = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  console.log("callback on the JS thread, argument", x);
  queueMicrotask(() => console.log("callback microtask"));
  return x * 3;
});
const p = lib.symbols.call_i32(cb.pointer, 14);
lib.symbols.sleep_ms(50); // the pool thread prints its first line meanwhile
console.log("top level: the promise is pending, the callback has not run");
p.then((v) => {
  console.log("promise resolved to", v);
  cb.close();
});
