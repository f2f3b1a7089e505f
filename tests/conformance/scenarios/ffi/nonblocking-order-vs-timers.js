// A nonblocking call runs on Deno's blocking pool and returns a Promise at once; it resolves when
// the native function has returned, by time relative to timers (50 ms timer, 100 ms call, 150 ms
// timer), and its .then reactions run as microtasks after the code that was running.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  slow_add: { parameters: ["u32", "u32", "u32"], result: "u32", nonblocking: true },
});
const p = lib.symbols.slow_add(20, 22, 100);
console.log("returned a Promise:", p instanceof Promise);
p.then((v) => {
  console.log("slow_add resolved to", v);
  queueMicrotask(() => console.log("microtask after the resolution"));
}).then(() => console.log("second reaction"));
setTimeout(() => console.log("timer 50"), 50);
setTimeout(() => console.log("timer 150"), 150);
queueMicrotask(() => console.log("top-level microtask"));
console.log("top level: end");
