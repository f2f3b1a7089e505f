// queueMicrotask is enough inside a synchronous callback
//
// Watch: demo_call_n calls the callback three times while our FFI call is on the stack; each call
// queues a microtask. None of them runs inside the FFI call: they all wait until the JavaScript
// that made the call has finished (here, the whole top-level code), so the callback returns to
// native code at once. The same holds for a *stored* callback called later from a timer: its
// microtask runs after the timer callback, not inside demo_call_stored.
// Seed: "For synchronous callbacks, using queueMicrotask(() => {}) is sufficient for triggering
// asynchronous work ... for synchronous callbacks the callstack does not empty when the callback
// returns." Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_call_n: { parameters: ["function", "i32"], result: "i32" },
  demo_store_callback: { parameters: ["function"], result: "void" },
  demo_call_stored: { parameters: ["i32"], result: "i32" },
});

// 1. A "result callback": called during the FFI call it is passed to.
const square = new Deno.UnsafeCallback(
  { parameters: ["i32", "f64"], result: "i32" }, // typed arguments: an integer and a double
  (i, x) => {
    console.log(`callback(${i}, ${x}): returns ${i * i}, queues microtask ${i}`);
    queueMicrotask(() => console.log(`microtask ${i}`));
    return i * i;
  },
);
const sum = lib.symbols.demo_call_n(square.pointer, 3);
console.log(`demo_call_n returned ${sum}: the callback's work is still queued`);
Promise.resolve().then(() => console.log("a promise queued by the top-level code"));

// 2. A "stored callback": kept by the library, called by a later FFI call (here from a timer).
const stored = new Deno.UnsafeCallback({ parameters: ["i32"], result: "void" }, (value) => {
  console.log(`stored callback(${value})`);
  queueMicrotask(() => console.log("stored callback's microtask (after the timer callback)"));
});
lib.symbols.demo_store_callback(stored.pointer);

setTimeout(() => {
  console.log("--- timer: calling demo_call_stored(7)");
  lib.symbols.demo_call_stored(7);
  console.log("timer callback ends");
}, 50);

setTimeout(() => {
  lib.symbols.demo_store_callback(null); // forget it before closing it
  stored.close();
  square.close();
  lib.close();
}, 100);
console.log("end of the top-level code");
