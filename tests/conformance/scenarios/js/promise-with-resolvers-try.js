// Promise.withResolvers and Promise.try (ES2024/2025 built-ins): synchronous callback invocation by Promise.try and resolution order vs plain chains.
const log = (s) => console.log(s);
const { promise, resolve, reject } = Promise.withResolvers();
promise.then((v) => log(`withResolvers resolved: ${v}`));
log(`typeof reject: ${typeof reject}`);
setTimeout(() => resolve("from timer"), 10);
Promise.try(() => { log("Promise.try callback runs synchronously"); return "try value"; }).then((v) => log(v));
Promise.try(() => { throw new Error("try threw"); }).catch((e) => log(`try caught: ${e.message}`));
Promise.try((a, b) => a + b, 2, 3).then((v) => log(`try with args: ${v}`));
Promise.try(() => Promise.resolve("nested promise")).then((v) => log(v));
Promise.resolve().then(() => log("tick 1")).then(() => log("tick 2")).then(() => log("tick 3")).then(() => log("tick 4"));
log("sync end");
