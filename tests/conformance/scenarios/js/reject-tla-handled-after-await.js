// A rejection created before a top-level await and handled after it: after `await null` it is still in time, after awaiting a timer it is reported, exit 1.
const log = (s) => console.log(s);
const early = Promise.reject(new Error("handled after await null"));
await null;
early.catch((e) => log(`handled: ${e.message}`));
const late = Promise.reject(new Error("handled only after a timer"));
await new Promise((r) => setTimeout(r, 10));
log("after timer await (never reached?)");
late.catch((e) => log(`handled late: ${e.message}`));
