// Output order between JS and native code on one thread: console.log/console.error and the C
// library's flushed stdout/stderr lines appear in exactly the order they were written, in a
// merged stream.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  native_say: { parameters: ["buffer"], result: "void" },
  native_say_stderr: { parameters: ["buffer"], result: "void" },
  call_void: { parameters: ["function"], result: "void" },
});
const enc = new TextEncoder();
const cstr = (s) => enc.encode(s + "\0");
console.log("1 console.log");
lib.symbols.native_say(cstr("2 native stdout"));
console.error("3 console.error");
lib.symbols.native_say_stderr(cstr("4 native stderr"));
const cb = new Deno.UnsafeCallback({ parameters: [], result: "void" }, () => {
  console.error("6 console.error inside the callback");
  lib.symbols.native_say(cstr("7 native stdout from inside the callback (\u00e9\u2713)"));
});
console.log("5 console.log");
lib.symbols.call_void(cb.pointer);
console.log("8 console.log");
lib.symbols.native_say(null);
cb.close();
