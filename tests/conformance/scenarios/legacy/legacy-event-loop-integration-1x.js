// Deno's own FFI test event_loop_integration as it stood in 1.26.1 - 1.30.3
// (test_ffi/tests/event_loop_integration.ts; expected output in integration_tests.rs). A plain
// UnsafeCallback, ref'ed twice before the thread-safe call; the microtask and the timeout of each
// call unref it once. The thread-safe call's microtask runs before the native thread is released
// (the test's TODO comment).
const dylib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  store_function: { parameters: ["function"], result: "void" },
  call_stored_function: { parameters: [], result: "void" },
  call_stored_function_thread_safe_and_log: { parameters: [], result: "void" },
});
const tripleLogCallback = () => {
  console.log("Sync");
  Promise.resolve().then(() => {
    console.log("Async");
    callback.unref();
  });
  setTimeout(() => {
    console.log("Timeout");
    callback.unref();
  }, 10);
};
const callback = new Deno.UnsafeCallback({ parameters: [], result: "void" }, tripleLogCallback);
dylib.symbols.store_function(callback.pointer);
console.log("SYNCHRONOUS");
dylib.symbols.call_stored_function();
console.log("STORED_FUNCTION called");
await new Promise((res) => setTimeout(res, 100));
// Ref twice to make sure both `Promise.resolve().then()` and `setTimeout()`
// must resolve before isolate exists.
callback.ref();
callback.ref();
console.log("THREAD SAFE");
dylib.symbols.call_stored_function_thread_safe_and_log();
