// Which first reads run the lazy-load checkpoint inside a thread-safe callback: new TextEncoder()
// and structuredClone do not (the microtask runs after "Second"), the first read of `process`
// does (it runs before "Second"). One call per global, 80 ms apart.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
  threads_join_all: { parameters: [], result: "u32" },
});
const reads = [
  ["new TextEncoder()", () => new TextEncoder()],
  ["structuredClone", () => structuredClone({ a: 1 })],
  ["process", () => process],
];
const cb = Deno.UnsafeCallback.threadSafe({ parameters: ["u32", "u32"], result: "i32" }, (tag, i) => {
  const [label, read] = reads[i];
  console.log("First:", label);
  queueMicrotask(() => console.log("microtask", i));
  read();
  console.log("Second:", label);
  if (i === reads.length - 1) {
    setTimeout(() => {
      console.log("joined", lib.symbols.threads_join_all());
      cb.close();
    }, 100);
  }
  return i;
});
lib.symbols.thread_start(cb.pointer, 1, reads.length, 50, 80, 0, 0);
