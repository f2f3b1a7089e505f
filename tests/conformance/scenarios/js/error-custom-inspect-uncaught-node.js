// Uncaught error with nodejs.util.inspect.custom and an overridden toString: what Deno prints.
class E extends Error {
  [Symbol.for("nodejs.util.inspect.custom")](depth, opts, inspect) { return `E(depth=${depth}, inspectFn=${typeof inspect})`; }
  toString() { return "E toString"; }
}
console.log(new E("logged"));
throw new E("uncaught");
