// An exception thrown in an unload listener: other listeners, error output and exit code.
const log = (s) => console.log(s);
globalThis.addEventListener("unload", () => { log("unload 1"); throw new Error("from unload"); });
globalThis.addEventListener("unload", () => log("unload 2"));
log("main");
