// A user-defined Error.prepareStackTrace changes error.stack; console.log and the uncaught report of such an error.
Error.prepareStackTrace = (err, frames) => `${err.name}!! ${err.message} (${frames.length > 0 ? "has frames" : "no frames"})`;
const e = new RangeError("custom prepared");
console.log(e.stack);
console.log(e);
setTimeout(() => { throw new Error("uncaught with custom prepareStackTrace"); }, 1);
