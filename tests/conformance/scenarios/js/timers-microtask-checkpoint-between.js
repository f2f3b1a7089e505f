// Timers that expire in the same loop turn each get a microtask checkpoint after their callback (T1, its microtasks, T2, ...).
for (const name of ["T1", "T2", "T3"]) {
  setTimeout(() => {
    console.log(name, "callback");
    Promise.resolve().then(() => {
      console.log(name, "microtask 1");
      queueMicrotask(() => console.log(name, "microtask 2 (nested)"));
    });
    queueMicrotask(() => console.log(name, "queueMicrotask"));
    console.log(name, "callback end");
  }, 1);
}
// Busy-wait so that all three timers have expired before the loop first looks at timers.
const start = performance.now();
while (performance.now() - start < 30) { /* spin */ }
console.log("busy wait done");
