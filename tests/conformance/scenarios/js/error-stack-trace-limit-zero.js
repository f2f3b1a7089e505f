// Error.stackTraceLimit = 0: an uncaught error has no stack frames; how Deno prints the report (source line still shown?), exit 1.
Error.stackTraceLimit = 0;
const e = new Error("no frames");
console.log(e);
console.log(JSON.stringify(e.stack));
setTimeout(() => { throw new TypeError("uncaught without frames"); }, 1);
