// UnsafeCallback.close() twice: the second call throws BadResource synchronously. The pointer and
// the definition stay readable after close.
const cb = new Deno.UnsafeCallback({ parameters: ["i32"], result: "i32" }, (x) => x);
cb.close();
console.log("first close done; pointer still a", typeof cb.pointer);
try {
  cb.close();
  console.log("not reached");
} catch (e) {
  console.log("second close:", e.name, e.message, e instanceof Deno.errors.BadResource);
}
console.log("definition:", JSON.stringify(cb.definition));
