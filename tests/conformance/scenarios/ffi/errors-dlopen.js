// Deno.dlopen errors, all thrown synchronously: a library that does not exist, a symbol the
// library lacks (the message names the library path, shown here as $TESTLIB), an unknown type
// name, an empty struct, a definition without parameters. Nothing is opened on failure.
const path = Deno.env.get("LOOPSCOPE_TEST_LIB");
const attempts = [
  ["missing library", () => Deno.dlopen("/nonexistent/libloopscope_missing.so", {})],
  ["missing symbol", () => Deno.dlopen(path, { no_such_function: { parameters: [], result: "void" } })],
  ["unknown parameter type", () => Deno.dlopen(path, { id_i32: { parameters: ["int"], result: "i32" } })],
  ["unknown result type", () => Deno.dlopen(path, { id_i32: { parameters: ["i32"], result: "long" } })],
  ["empty struct", () => Deno.dlopen(path, { point_sum: { parameters: [{ struct: [] }], result: "f64" } })],
  ["no parameters field", () => Deno.dlopen(path, { id_i32: { result: "i32" } })],
];
for (const [label, attempt] of attempts) {
  try {
    attempt();
    console.log(label, "opened");
  } catch (e) {
    console.log(`${label}: ${e.name}: ${e.message}`);
  }
}
const lib = Deno.dlopen(path, { id_i32: { parameters: ["i32"], result: "i32" } });
console.log("a good definition still opens:", lib.symbols.id_i32(17));
lib.close();
