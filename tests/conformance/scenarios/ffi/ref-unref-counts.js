// ref() and unref() return the callback's reference count, which never goes below 0; threadSafe()
// is a constructor plus one ref(). close() resets the count; ref() on a closed callback that had
// been ref'd before only counts.
const plain = new Deno.UnsafeCallback({ parameters: [], result: "void" }, () => {});
console.log("ref", plain.ref());
console.log("ref", plain.ref());
console.log("unref", plain.unref());
console.log("unref", plain.unref());
console.log("unref", plain.unref());
console.log("ref again", plain.ref());
console.log("unref", plain.unref());
plain.close();
const safe = Deno.UnsafeCallback.threadSafe({ parameters: [], result: "void" }, () => {});
console.log("threadSafe, then ref", safe.ref());
console.log("unref", safe.unref());
safe.close();
console.log("after close: ref", safe.ref());
console.log("after close: ref", safe.ref());
console.log("after close: unref", safe.unref());
console.log("definition", JSON.stringify(safe.definition), "callback", typeof safe.callback);
