// A prevented error thrown by the only immediate must not end the loop: a pending 30 ms top-level timer still fires.
addEventListener("error", (e) => { console.log(`error: ${e.error.message}`); e.preventDefault(); });
setImmediate(() => { throw new Error("imm 1 throws"); });
setTimeout(() => console.log("timer 30 from top"), 30);
