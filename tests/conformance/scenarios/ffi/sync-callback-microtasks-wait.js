// A synchronous callback (native code calls it during an FFI call made from JS) does not run its
// microtasks when it returns: they wait for the next checkpoint after the outer JS, here the end
// of the top-level script, and run after the native code has finished and JS has continued.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_void: { parameters: ["function"], result: "void" },
});
const cb = new Deno.UnsafeCallback({ parameters: [], result: "void" }, () => {
  console.log("callback: start");
  queueMicrotask(() => console.log("microtask queued by the callback"));
  Promise.resolve().then(() => console.log("promise reaction queued by the callback"));
  console.log("callback: end");
});
queueMicrotask(() => console.log("microtask queued before the call"));
console.log("top level: before the call");
lib.symbols.call_void(cb.pointer);
console.log("top level: after the call");
Promise.resolve().then(() => console.log("promise reaction queued after the call"));
cb.close();
console.log("top level: end");
