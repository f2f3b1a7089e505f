// The first timer warning loads node:process lazily; outside top-level evaluation that load
// runs a microtask checkpoint in the middle of the timer callback (deno-semantics.md §9).
setTimeout(() => {
  queueMicrotask(() => console.log("microtask"));
  setTimeout(() => console.log("clamped timer"), -1);
  console.log("after setTimeout(-1)");
}, 1);
