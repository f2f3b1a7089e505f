// Nonblocking FFI calls: promises, and the order they resolve in
//
// Watch: three `nonblocking: true` calls sleep 150, 50 and 100 ms on Deno's blocking thread pool.
// Each returns a promise at once and the top-level code goes on; the 20 ms timer fires while they
// sleep. They resolve in the order they *finish* (50, 100, 150 ms), each just after its
// "[native sleep]" line; Promise.all still lists the values in argument order. Then the same
// function called *synchronously* freezes the event loop: a 10 ms timer fires only after the
// 100 ms sleep. A pending nonblocking call keeps Deno alive by itself (no ref() involved).
// Not in the seed text (it covers callbacks only). Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_sleep: { parameters: ["i32", "i32"], result: "i32", nonblocking: true },
  // The same C function again, as a normal (blocking) call:
  demo_sleep_blocking: { name: "demo_sleep", parameters: ["i32", "i32"], result: "i32" },
});

console.log("--- three nonblocking calls: 150 ms, 50 ms, 100 ms");
const slow = lib.symbols.demo_sleep(150, 1);
const fast = lib.symbols.demo_sleep(50, 2);
const middle = lib.symbols.demo_sleep(100, 3);
console.log(`they returned at once: ${slow instanceof Promise ? "promises" : typeof slow}`);
slow.then((v) => console.log(`150 ms call resolved with ${v}`));
fast.then((v) => console.log(`50 ms call resolved with ${v}`));
middle.then((v) => console.log(`100 ms call resolved with ${v}`));
Promise.all([slow, fast, middle]).then((values) => {
  console.log(`Promise.all: [${values}] (argument order)`);
  setTimeout(blockingPhase, 50);
});
setTimeout(() => console.log("20 ms timer: the event loop runs while the calls sleep"), 20);
console.log("end of the top-level code");

function blockingPhase() {
  console.log("--- the same function called synchronously");
  setTimeout(() => console.log("10 ms timer: late, it had to wait for the blocking call"), 10);
  const v = lib.symbols.demo_sleep_blocking(100, 4);
  console.log(`blocking call returned ${v}`);
  setTimeout(() => lib.close(), 50);
}
