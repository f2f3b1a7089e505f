// A prevented error in an immediate queued from a timer; later immediates of the batch and a 30 ms timer still run.
addEventListener("error", (e) => { console.log(`error: ${e.error.message}`); e.preventDefault(); });
setTimeout(() => {
  setImmediate(() => { throw new Error("imm throws"); });
  setImmediate(() => console.log("imm 2 after the throwing one"));
}, 5);
setTimeout(() => console.log("timer 30 from top"), 30);
