// process.exitCode = 42 followed by an uncaught error in a timer: the error wins with exit code 1.
const log = (s) => console.log(s);
process.exitCode = 42;
setTimeout(() => { log("timer throws"); throw new Error("fail"); }, 5);
