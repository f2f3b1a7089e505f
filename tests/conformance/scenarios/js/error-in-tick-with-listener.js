// process.on("uncaughtException") handler for throws in a timer and in a tick: order and the process survives.
const log = (s) => console.log(s);
process.on("uncaughtException", (err, origin) => log(`uncaughtException: ${err.message} origin=${origin}`));
setTimeout(() => { throw new Error("from timer"); }, 5);
setTimeout(() => { process.nextTick(() => { throw new Error("from tick"); }); }, 20);
setTimeout(() => log("end"), 40);
