// globalThis inspection: String(globalThis), toString tag, typeof window/self, identities, top-level this in a module.
const log = (s) => console.log(s);
log(String(globalThis));
log(Object.prototype.toString.call(globalThis));
log(`${typeof window} ${typeof self} ${self === globalThis} ${typeof global}`);
log(`this at top level: ${this}`);
log(`globalThis[Symbol.toStringTag]: ${globalThis[Symbol.toStringTag]}`);
log(`constructor name: ${globalThis.constructor?.name}`);
log(`proto chain: ${Object.getPrototypeOf(globalThis)?.constructor?.name}`);
log(`globalThis instanceof EventTarget: ${globalThis instanceof EventTarget}`);
log(`var x leaks? ${(() => { try { return typeof undeclared_z; } catch { return "threw"; } })()}`);
var topVar = 1;
log(`top-level var on globalThis: ${"topVar" in globalThis}`);
function topFn() {}
log(`top-level function on globalThis: ${"topFn" in globalThis}`);
