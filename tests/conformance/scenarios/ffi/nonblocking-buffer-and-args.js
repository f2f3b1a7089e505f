// Nonblocking calls and their arguments: a void call resolves to null; a buffer is written by the
// pool thread and read once the promise resolved. A bad argument does not throw at the call: the
// call returns a promise that rejects with the TypeError a synchronous call would throw.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  slow_fill: { parameters: ["buffer", "usize", "u8", "u32"], result: "void", nonblocking: true },
  slow_add: { parameters: ["u32", "u32", "u32"], result: "u32", nonblocking: true },
});
const buf = new Uint8Array(6);
const p = lib.symbols.slow_fill(buf, 4, 0xab, 30);
console.log("right after the call:", Array.from(buf).join(","));
const r = await p;
console.log("resolved to", r, "buffer:", Array.from(buf).join(","));
let q;
try {
  q = lib.symbols.slow_add(-1, 2, 0);
  console.log("bad argument: the call returned a Promise:", q instanceof Promise);
} catch (e) {
  console.log("bad argument: threw at the call", e.name);
}
try {
  await q;
  console.log("not reached");
} catch (e) {
  console.log("the promise rejected:", e.name + ":", e.message);
}
