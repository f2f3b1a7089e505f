// process.exit(6) inside beforeunload: unload and process 'exit' listeners.
const log = (s) => console.log(s);
process.on("exit", (c) => log(`process exit event ${c}`));
globalThis.addEventListener("beforeunload", () => { log("beforeunload"); process.exit(6); });
globalThis.addEventListener("unload", () => log("unload"));
setTimeout(() => log("timer"), 5);
