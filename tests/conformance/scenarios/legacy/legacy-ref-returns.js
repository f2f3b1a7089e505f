// What the FFI and the globals look like to a script: whether UnsafeCallback.threadSafe exists
// (1.31+), what ref()/unref() return (undefined in 1.26.1, the count since 1.26.2), and whether
// setImmediate and process are globals (2.0 / 2.1+).
console.log("UnsafeCallback.threadSafe:", typeof Deno.UnsafeCallback.threadSafe);
console.log("setImmediate:", typeof globalThis.setImmediate, "process:", typeof globalThis.process);
console.log("queueMicrotask:", typeof queueMicrotask);
const cb = new Deno.UnsafeCallback({ parameters: [], result: "void" }, () => {});
console.log("ref", cb.ref(), "ref", cb.ref(), "unref", cb.unref(), "unref", cb.unref(), "unref", cb.unref());
cb.close();
console.log("closed");
