// An error prevented by a listener inside a batch of immediates: the remaining immediates of the batch still run in order.
const log = (s) => console.log(s);
addEventListener("error", (e) => { log(`error: ${e.error.message}`); e.preventDefault(); });
setImmediate(() => log("imm 1"));
setImmediate(() => { process.nextTick(() => log("tick from imm 2")); throw new Error("imm 2"); });
setImmediate(() => log("imm 3"));
setTimeout(() => log("timer 20"), 20);
