// ref() and unref() count: their return values
//
// Watch the numbers: a new UnsafeCallback starts at 0; every ref() adds one and returns the new
// count; every unref() takes one away and returns it, but never goes below 0. threadSafe() is
// "new + one ref()", so its first unref() returns 0. Only the step to 0 stops keeping Deno
// alive; re-ref'ing later works (it did not before Deno 1.31). close() drops the count to 0 at
// once, whatever it was, and a second close() throws.
// Seed: "A callback can be ref'ed multiple times and each time its ref count will be increased
// by one ... when the ref count reaches zero, the callback no longer keeps Deno from exiting."
// Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
});

const definition = { parameters: ["i32", "i32", "pointer"], result: "i32" };

const a = new Deno.UnsafeCallback(definition, () => 0);
console.log("a = new UnsafeCallback()   (count 0)");
console.log("a.ref()   ->", a.ref());
console.log("a.ref()   ->", a.ref());
console.log("a.unref() ->", a.unref());
console.log("a.unref() ->", a.unref(), "  a no longer keeps Deno alive");
console.log("a.unref() ->", a.unref(), "  never below 0");
console.log("a.ref()   ->", a.ref(), "  re-ref'd: keeps Deno alive again");
console.log("a.ref()   ->", a.ref());
a.close();
console.log("a.close()      count back to 0, Deno is no longer kept alive");
try {
  a.close();
} catch (error) {
  console.log(`a.close() again throws ${error.name}`);
}

const b = Deno.UnsafeCallback.threadSafe(definition, (id, call) => {
  console.log(`b called from t${id} (call ${call})`);
  return call;
});
console.log("b = UnsafeCallback.threadSafe()   (count 1)");
console.log("b.unref() ->", b.unref(), "  threadSafe() had ref'd it once");
console.log("b.ref()   ->", b.ref(), "  ref'd again after an unref()");

lib.symbols.demo_thread_start(b.pointer, 1, 50, 50, 2);
lib.symbols.demo_threads_join().then(() => {
  console.log("b.ref()   ->", b.ref());
  console.log("b.unref() ->", b.unref());
  b.close(); // count 1 -> 0 at once
  console.log("b.close()      Deno can exit");
  lib.close();
});
