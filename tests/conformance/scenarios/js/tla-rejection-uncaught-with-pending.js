// Top-level await of a promise rejected by a timer ends the module with an uncaught error, though other timers are still pending.
const log = (s) => console.log(s);
setTimeout(() => log("timer 20 runs"), 20);
setTimeout(() => log("timer 80 never"), 80);
log("awaiting");
await new Promise((_, j) => setTimeout(() => j(new Error("rejected at top level")), 50));
log("unreachable");
