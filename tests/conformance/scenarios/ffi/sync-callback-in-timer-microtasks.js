// A synchronous callback called from inside a timer callback: its microtasks and nextTicks run
// after that timer callback returns, between it and the next timer of the same list (Node's
// runNextTicks: ticks first, then microtasks), not when the callback itself returns.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  call_i32: { parameters: ["function", "i32"], result: "i32" },
});
const { nextTick } = process; // read process at top level: no lazy-load checkpoint later
const cb = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => {
  console.log("callback", x);
  queueMicrotask(() => console.log("microtask from callback", x));
  nextTick(() => console.log("nextTick from callback", x));
  return x * 2;
});
setTimeout(() => {
  console.log("timer A: start");
  const r = lib.symbols.call_i32(cb.pointer, 1);
  console.log("timer A: call returned", r);
}, 20);
setTimeout(() => {
  console.log("timer B: start");
  const r = lib.symbols.call_i32(cb.pointer, 2);
  console.log("timer B: call returned", r);
}, 20);
setTimeout(() => {
  console.log("timer C (60 ms): closing");
  cb.close();
}, 60);
