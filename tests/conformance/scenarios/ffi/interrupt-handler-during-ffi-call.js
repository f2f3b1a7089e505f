// A signal handler on the JS thread that calls a callback while JS is blocked in a synchronous FFI
// call (a 200 ms sleep): the callback runs in the middle of that call (at 50 ms; the helper
// thread prints again at 100 ms), the call then finishes, and the callback's microtask waits for
// the end of the top-level script like any synchronous callback's.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  signal_install: { parameters: ["function"], result: "void" },
  signal_raise_after: { parameters: ["u32"], result: "bool" },
  signal_join: { parameters: [], result: "void" },
  signal_uninstall: { parameters: [], result: "void" },
  sleep_ms: { parameters: ["u32"], result: "void" },
});
const cb = new Deno.UnsafeCallback({ parameters: ["i32"], result: "void" }, (signo) => {
  console.log("callback: signal", signo);
  queueMicrotask(() => console.log("microtask queued by the handler's callback"));
});
lib.symbols.signal_install(cb.pointer);
lib.symbols.signal_raise_after(50);
console.log("top level: sleeping 200 ms in native code");
lib.symbols.sleep_ms(200);
console.log("top level: the sleep returned");
lib.symbols.signal_join();
lib.symbols.signal_uninstall();
cb.close();
console.log("top level: end");
