// After a prevented error in an immediate, the rest of the batch runs on the next loop turn, after a timer that expired meanwhile.
const log = (s) => console.log(s);
addEventListener("error", (e) => { log(`error: ${e.error.message}`); e.preventDefault(); });
setImmediate(() => {
  log("imm 1");
  setTimeout(() => log("timer 2 ms from imm 1"), 2);
  const s = performance.now();
  while (performance.now() - s < 10) {}
  throw new Error("imm 1 throws");
});
setImmediate(() => log("imm 2"));
setImmediate(() => { log("imm 3"); setImmediate(() => log("imm 4 (queued by imm 3)")); });
