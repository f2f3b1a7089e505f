// ref() on a closed callback that was never ref'd: the count goes up synchronously, but the
// liveness op it starts fails, which surfaces as an uncaught (in promise) BadResource error.
const cb = new Deno.UnsafeCallback({ parameters: [], result: "void" }, () => {});
cb.close();
console.log("ref after close returns", cb.ref());
console.log("top level: end");
