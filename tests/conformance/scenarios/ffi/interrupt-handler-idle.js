// The "interrupt handler" case: a SIGUSR1 handler on the JS thread calls a callback while the
// event loop is idle (waiting for a 300 ms timer). The callback runs at once, on the same thread,
// but no microtask checkpoint follows: its microtasks are still pending when the helper thread
// prints 50 ms later, and run only when the loop next wakes up, just before the 300 ms timer.
// (The library restores V8's memory-protection-key state in the handler.)
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  signal_install: { parameters: ["function"], result: "void" },
  signal_raise_after: { parameters: ["u32"], result: "bool" },
  signal_join: { parameters: [], result: "void" },
  signal_uninstall: { parameters: [], result: "void" },
});
const cb = new Deno.UnsafeCallback({ parameters: ["i32"], result: "void" }, (signo) => {
  console.log("callback: signal", signo);
  queueMicrotask(() => console.log("microtask queued by the handler's callback"));
  Promise.resolve().then(() => console.log("promise reaction queued by the handler's callback"));
});
lib.symbols.signal_install(cb.pointer);
console.log("helper thread started:", lib.symbols.signal_raise_after(50));
setTimeout(() => {
  console.log("timer 300");
  lib.symbols.signal_join();
  lib.symbols.signal_uninstall();
  cb.close();
}, 300);
