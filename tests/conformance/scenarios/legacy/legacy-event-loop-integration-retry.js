// Deno's own FFI test event_loop_integration as it stands since 1.31.0 (tests/ffi/testdata), with
// `new UnsafeCallback(...)` plus `ref()` in place of `UnsafeCallback.threadSafe(...)` so that it
// also runs where threadSafe() does not exist yet. Its retry block was added with the 1.31.0 fix:
// after unref() the timeout re-refs the callback and calls it from a thread again. In 1.26.2 -
// 1.30.x that re-ref makes an op that resolves at once, so nothing keeps the process alive for
// the second thread-safe call: it ends after "RETRY THREAD SAFE".
const dylib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  store_function: { parameters: ["function"], result: "void" },
  call_stored_function: { parameters: [], result: "void" },
  call_stored_function_thread_safe_and_log: { parameters: [], result: "void" },
});
let retry = false;
const tripleLogCallback = () => {
  console.log("Sync");
  queueMicrotask(() => {
    console.log("Async");
    callback.unref();
  });
  setTimeout(() => {
    console.log("Timeout");
    callback.unref();
    if (retry) {
      // Re-ref and retry the call to make sure re-refing works.
      console.log("RETRY THREAD SAFE");
      retry = false;
      callback.ref();
      dylib.symbols.call_stored_function_thread_safe_and_log();
    }
  }, 100);
};
const callback = new Deno.UnsafeCallback({ parameters: [], result: "void" }, tripleLogCallback);
callback.ref();
dylib.symbols.store_function(callback.pointer);
console.log("SYNCHRONOUS");
// This function only calls the callback, and does not log.
dylib.symbols.call_stored_function();
console.log("STORED_FUNCTION called");
// Wait to make sure synch logging and async logging
await new Promise((res) => setTimeout(res, 200));
// Ref once to make sure both `queueMicrotask()` and `setTimeout()`
// must resolve and unref before isolate exists.
callback.ref();
console.log("THREAD SAFE");
retry = true;
// This function calls the callback and logs 'STORED_FUNCTION called'
dylib.symbols.call_stored_function_thread_safe_and_log();
