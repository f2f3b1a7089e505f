// A top-level await of a promise rejected by a timer, not caught: "error: Uncaught (in promise)" with the error, other timers cancelled, exit 1.
const log = (s) => console.log(s);
setTimeout(() => log("timer 10 runs"), 10);
setTimeout(() => log("never: timer 80"), 80);
log("awaiting");
await new Promise((_, reject) => setTimeout(() => reject(new Error("TLA rejected")), 30));
log("never");
