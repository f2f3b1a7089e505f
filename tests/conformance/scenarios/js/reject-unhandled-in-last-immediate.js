// An unhandled rejection created in the last pending setImmediate callback (nothing else pending) is still reported: exit 1.
setImmediate(() => { Promise.reject(new Error("only immediate")); console.log("imm"); });
