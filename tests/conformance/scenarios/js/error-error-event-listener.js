// globalThis "error" listener for an uncaught exception in a timer: event fields, preventDefault keeps the loop going.
const log = (s) => console.log(s);
globalThis.addEventListener("error", (e) => {
  log(`error event: ${e.message} | ${e.error?.message} | type=${e.type}`);
  e.preventDefault();
});
setTimeout(() => {
  log("timer throws");
  throw new Error("caught by listener");
}, 1);
setTimeout(() => log("next timer still runs"), 20);
