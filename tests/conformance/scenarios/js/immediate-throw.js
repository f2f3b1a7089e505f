// An uncaught exception in a setImmediate callback: error output, remaining immediates do not run, exit code 1.
const log = (s) => console.log(s);
setImmediate(() => log("immediate 1"));
setImmediate(() => { throw new TypeError("from immediate"); });
setImmediate(() => log("never: immediate 3"));
setTimeout(() => log("never: timer"), 30);
