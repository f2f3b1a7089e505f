// process.exit(2) from inside a microtask: later microtasks and the unload event.
const log = (s) => console.log(s);
globalThis.addEventListener("unload", () => log("unload listener"));
globalThis.addEventListener("beforeunload", () => log("beforeunload listener"));
queueMicrotask(() => log("micro 1"));
queueMicrotask(() => { log("micro 2 exits"); process.exit(2); });
queueMicrotask(() => log("never: micro 3"));
setTimeout(() => log("never: timer"), 1);
