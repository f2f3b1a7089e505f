// Three native threads, each calling the same thread-safe callback twice, started so that their
// calls are 60 ms apart: the callbacks run one by one in call order, each thread gets its own
// results back (thread_join returns their sum).
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  console.log(`callback: thread ${tag}, call ${i}`);
  return tag * 100 + i;
});
// Calls at 70, 130, 190 ms (first round) and 250, 310, 370 ms (second round).
const slots = [1, 2, 3].map((tag) => lib.symbols.thread_start(cb.pointer, tag, 2, 10 + 60 * tag, 180, 0, 0));
setTimeout(() => {
  for (const [k, slot] of slots.entries()) console.log(`thread ${k + 1}: sum`, lib.symbols.thread_join(slot));
  cb.close();
}, 600);
