// Eight native threads call the same thread-safe callback at the same moment. Their order is not
// fixed, so the callback only records who called; after joining, the sorted list shows every
// thread called exactly once and every thread got its own result back.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  thread_join: { parameters: ["i32"], result: "i64" },
});
const seen = [];
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag) => {
  seen.push(tag);
  return tag * tag;
});
const slots = [];
for (let tag = 1; tag <= 8; tag++) slots.push(lib.symbols.thread_start(cb.pointer, tag, 1, 50, 0, 0, 1));
setTimeout(() => {
  const sums = slots.map((slot) => lib.symbols.thread_join(slot));
  console.log("callers:", seen.sort((a, b) => a - b).join(" "));
  console.log("results:", sums.join(" "));
  cb.close();
}, 300);
