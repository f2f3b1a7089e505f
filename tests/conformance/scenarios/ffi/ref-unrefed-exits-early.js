// A callback that was never ref'd (or was ref'd and unref'd again) does not keep the process
// alive: the script ends at once although a native thread will call the callback two seconds
// later. That thread never gets to print anything.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  thread_start: { parameters: ["function", "u32", "u32", "u32", "u32", "u32", "u32"], result: "i32" },
});
const never = new Deno.UnsafeCallback({ parameters: ["u32", "u32"], result: "i32" }, () => {
  console.log("not reached: never-ref'd callback");
  return 0;
});
const unrefd = new Deno.UnsafeCallback({ parameters: ["u32", "u32"], result: "i32" }, () => {
  console.log("not reached: unref'd callback");
  return 0;
});
console.log("ref", unrefd.ref(), "unref", unrefd.unref());
lib.symbols.thread_start(never.pointer, 1, 1, 2000, 0, 0, 0);
lib.symbols.thread_start(unrefd.pointer, 2, 1, 2000, 0, 0, 0);
setTimeout(() => console.log("a 20 ms timer still runs"), 20);
console.log("top level: end");
