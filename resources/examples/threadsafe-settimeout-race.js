// The race: setTimeout(…, 0/1/5) vs. the native thread's continuation
//
// NOT deterministic, on purpose. t1 calls back 15 times; each call queues setTimeout(…, N). Round
// 1 has a cheap callback: t1 is released long before any timer expires and always carries on
// first. Rounds 2-3 also queue a ~7 ms busy microtask (the seed's 1e6 loop, only longer): at the
// release the 0/1/5 ms timers have expired, the main thread goes straight to its timer phase while
// t1 waits to be woken by the OS, and who prints first varies (the timer usually wins). 10 and 20
// are still pending then: t1 wins. Seed: "the same can happen with setTimeout(() => {}, N) if N is
// suitably small, eg. 5 or less"; use 10 or more. Really: N > what the callback still takes.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_thread_start: { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" },
  demo_threads_join: { parameters: [], result: "i32", nonblocking: true },
  demo_threads_returned: { parameters: [], result: "i32" },
});

const delays = [0, 1, 5, 10, 20];
const rounds = 3; // round 1: cheap callback; rounds 2 and 3: with the 7 ms microtask
const timerFirst = { cheap: new Map(delays.map((n) => [n, 0])), heavy: new Map(delays.map((n) => [n, 0])) };

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) { /* the microtask's "heavy" work */ }
}

const callback = Deno.UnsafeCallback.threadSafe(
  { parameters: ["i32", "i32", "pointer"], result: "i32" },
  (id, call) => {
    const n = delays[call % delays.length];
    const kind = call < delays.length ? "cheap" : "heavy";
    const returnedBefore = lib.symbols.demo_threads_returned();
    setTimeout(() => {
      // Has t1 already printed "callback returned" for this call?
      const nativeFirst = lib.symbols.demo_threads_returned() > returnedBefore;
      if (!nativeFirst) timerFirst[kind].set(n, timerFirst[kind].get(n) + 1);
      console.log(`  setTimeout(${n}) fired, ${nativeFirst ? "after" : "BEFORE"} t1 carried on`);
    }, n);
    if (kind === "heavy") {
      queueMicrotask(() => busy(7));
      console.log(`callback ${call}: queued setTimeout(${n}) and a 7 ms microtask`);
    } else {
      console.log(`callback ${call}: queued setTimeout(${n})`);
    }
    return n;
  },
);

// Deno 2.9 loads the timers lazily, with a microtask checkpoint, on first use outside the
// top-level code (first-settimeout-quirk.js): touch them here so the callback sees no such load.
void setTimeout;
lib.symbols.demo_thread_start(callback.pointer, 1, 50, 60, delays.length * rounds);
lib.symbols.demo_threads_join().then(() => setTimeout(summary, 50));

function summary() {
  console.log("timer ran before the native continuation:");
  for (const n of delays) {
    console.log(`  setTimeout(${n}): cheap callback ${timerFirst.cheap.get(n)} of 1, with the 7 ms microtask ${timerFirst.heavy.get(n)} of ${rounds - 1}`);
  }
  callback.close();
  lib.close();
}
