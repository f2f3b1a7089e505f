// A stored callback: the library keeps the function pointer from one call (store_callback) and
// calls it during a later call (call_stored). It runs synchronously inside that later call, its
// return value goes back through native code to JS, and its microtasks wait for the outer JS.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  store_callback: { parameters: ["function"], result: "void" },
  call_stored: { parameters: ["i32"], result: "i32" },
  clear_stored: { parameters: [], result: "void" },
});
let calls = 0;
const stored = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  calls++;
  console.log("STORED_FUNCTION called with", x);
  Promise.resolve().then(() => console.log("Async (microtask of call " + calls + ")"));
  return x + 100;
});
lib.symbols.store_callback(stored.pointer);
console.log("SYNCHRONOUS");
console.log("Sync: call_stored returned", lib.symbols.call_stored(1));
setTimeout(() => {
  console.log("timer: call_stored returned", lib.symbols.call_stored(2));
  lib.symbols.clear_stored();
  console.log("after clear_stored:", lib.symbols.call_stored(3));
  stored.close();
  console.log("calls:", calls);
}, 50);
