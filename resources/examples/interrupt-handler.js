// An "interrupt handler": a signal handler calls back while the event loop is idle
// loopscope-compare: deno-2.7 deno-2.9
//
// Watch: a helper thread sends SIGUSR1 to the JS thread at 50 ms, while Deno's loop is parked
// until its 200 ms timer. The native handler calls our callback right there. It runs, but the
// microtask it queues does not run on return: Deno 2.9 runs no checkpoint after such a call, so
// it waits for the next wake-up (the 200 ms timer). Seed: "The callstack becomes empty after
// thread safe callbacks and interrupt handlers (don't use them)": no longer so for the latter
// (compare with deno-2.7: before 2.7.5 V8's automatic policy ran the microtask on return).
// Undefined behaviour, only safe-ish because the loop is idle; on CPUs with memory protection
// keys the handler must also restore PKRU or V8 crashes (see demo_threads.c). Deterministic.

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_interrupt_install: { parameters: ["function"], result: "i32" },
  demo_interrupt_raise_after: { parameters: ["i32"], result: "i32" },
  demo_interrupt_uninstall: { parameters: [], result: "void" },
});

let calledAt = 0;
const onSignal = new Deno.UnsafeCallback({ parameters: ["i32"], result: "void" }, (signo) => {
  calledAt = Date.now();
  console.log(`interrupt callback: signal ${signo}, queueing a microtask`);
  queueMicrotask(() => {
    const waited = Date.now() - calledAt;
    console.log(`the interrupt callback's microtask finally runs (${waited >= 100 ? "over 100 ms" : "under 100 ms"} later)`);
  });
});

lib.symbols.demo_interrupt_install(onSignal.pointer);
lib.symbols.demo_interrupt_raise_after(50);
setTimeout(() => console.log("200 ms timer: the first thing that wakes the loop after the signal"), 200);
setTimeout(() => {
  lib.symbols.demo_interrupt_uninstall(); // joins the helper thread, restores SIGUSR1
  onSignal.close();
  lib.close();
}, 250);
console.log("end of the top-level code; the loop now parks until 200 ms");
