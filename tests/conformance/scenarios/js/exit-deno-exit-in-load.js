// Deno.exit(3) inside a load listener: later load listeners, pending timers, unload.
const log = (s) => console.log(s);
addEventListener("load", () => { log("load 1"); Deno.exit(3); });
addEventListener("load", () => log("never: load 2"));
addEventListener("unload", () => log("unload"));
setTimeout(() => log("never: timer"), 5);
