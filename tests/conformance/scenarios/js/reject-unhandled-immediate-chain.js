// A rejection from an immediate that is handled by the next immediate in the same batch: no unhandledrejection.
const log = (s) => console.log(s);
addEventListener("unhandledrejection", (e) => { log(`unhandled: ${e.reason}`); e.preventDefault(); });
let p;
setImmediate(() => { p = Promise.reject("x"); log("imm 1"); });
setImmediate(() => { p.catch(() => log("handled by imm 2")); log("imm 2"); });
setImmediate(() => { setImmediate(() => { p = Promise.reject("y"); }); });
setImmediate(() => { setImmediate(() => {}); setImmediate(() => { setImmediate(() => p.catch(() => log("y handled two turns later"))); }); });
setTimeout(() => log("end"), 40);
