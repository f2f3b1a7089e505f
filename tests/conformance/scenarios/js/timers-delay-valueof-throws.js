// A delay whose valueOf throws makes setTimeout throw synchronously (no timer created); Symbol and BigInt delays; the program continues after catching.
const log = (s) => console.log(s);
try {
  setTimeout(() => log("never"), { valueOf() { throw new Error("valueOf exploded"); } });
} catch (e) { log("caught: " + e.message); }
try {
  setTimeout(() => log("never symbol"), Symbol("d"));
} catch (e) { log("caught: " + e.constructor.name + ": " + e.message); }
try {
  setTimeout(() => log("bigint timer fired"), 5n);
  log("bigint accepted");
} catch (e) { log("caught: " + e.constructor.name + ": " + e.message); }
setTimeout(() => log("normal 20"), 20);
log("sync end");
