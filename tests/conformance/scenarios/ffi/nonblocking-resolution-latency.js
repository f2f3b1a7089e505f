// A nonblocking call that has finished while the JS thread was busy does not resolve in the first
// loop turn: an expired timer and a setImmediate come first, the promise resolves in the next
// turn. The top-level script keeps the JS thread busy for 50 ms with a blocking FFI call.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  slow_add: { parameters: ["u32", "u32", "u32"], result: "u32", nonblocking: true },
  sleep_ms: { parameters: ["u32"], result: "void" },
});
lib.symbols.slow_add(1, 2, 0).then((v) => console.log("nonblocking call resolved to", v));
setTimeout(() => console.log("timer 1"), 1);
setImmediate(() => console.log("immediate"));
process.nextTick(() => console.log("nextTick"));
lib.symbols.sleep_ms(50);
console.log("top level: end");
