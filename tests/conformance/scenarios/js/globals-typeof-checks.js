// typeof checks on timer and other web/Node-ish globals (reading each through globalThis, so no ReferenceError).
const log = (s) => console.log(s);
for (const k of ["setTimeout", "setInterval", "clearTimeout", "clearInterval", "queueMicrotask", "structuredClone", "setImmediate", "clearImmediate", "performance", "console", "self", "window", "global", "globalThis", "reportError", "atob", "Deno", "process", "Buffer", "require", "module", "exports", "navigator", "EventTarget", "Event", "AbortController", "TextEncoder", "URL", "fetch", "crypto", "WebAssembly", "SharedArrayBuffer", "Atomics", "FinalizationRegistry", "WeakRef", "Iterator", "gc"]) {
  log(`${k}: ${typeof globalThis[k]}`);
}
log(`globalThis.self === globalThis: ${globalThis.self === globalThis}`);
log(`globalThis.global === globalThis: ${globalThis.global === globalThis}`);
