// Error subclasses with custom toString, Deno.customInspect and nodejs.util.inspect.custom: console.log and uncaught output.
class E1 extends Error { toString() { return "E1 custom toString"; } }
class E2 extends Error { [Symbol.for("Deno.customInspect")]() { return "E2 via Deno.customInspect"; } }
class E3 extends Error { [Symbol.for("nodejs.util.inspect.custom")]() { return "E3 via nodejs.util.inspect.custom"; } }
class E4 extends Error {
  [Symbol.for("Deno.customInspect")]() { return "E4 deno"; }
  [Symbol.for("nodejs.util.inspect.custom")]() { return "E4 node"; }
}
console.log(new E1("m1"));
console.log(`${new E1("m1")}`);
console.log(new E2("m2"));
console.log(new E3("m3"));
console.log(new E4("m4"));
console.log([new E2("in array")]);
console.log({ e: new E3("in object") });
setTimeout(() => { throw new E2("uncaught E2"); }, 5);
