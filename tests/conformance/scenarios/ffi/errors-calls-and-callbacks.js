// Errors at call time and when creating callbacks: missing arguments are undefined (a TypeError
// for the type), extra arguments are ignored; an UnsafeCallback cannot be nonblocking, needs
// known types and a function.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  add_i32: { parameters: ["i32", "i32"], result: "i32" },
  id_ptr: { parameters: ["pointer"], result: "pointer" },
});
const attempts = [
  ["add_i32(1)", () => lib.symbols.add_i32(1)],
  ["add_i32(1, 2, 3)", () => lib.symbols.add_i32(1, 2, 3)],
  ["id_ptr(5n)", () => lib.symbols.id_ptr(5n)],
  ["nonblocking callback", () => new Deno.UnsafeCallback({ parameters: [], result: "void", nonblocking: true }, () => {})],
  ["unknown callback type", () => new Deno.UnsafeCallback({ parameters: ["int"], result: "void" }, () => {})],
  ["callback that is not a function", () => new Deno.UnsafeCallback({ parameters: [], result: "void" }, 5)],
];
for (const [label, attempt] of attempts) {
  try {
    const r = attempt();
    console.log(label, "->", r);
  } catch (e) {
    console.log(`${label}: ${e.name}: ${e.message}`);
  }
}
