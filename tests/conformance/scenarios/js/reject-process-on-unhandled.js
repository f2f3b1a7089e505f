// process.on("unhandledRejection") handler versus the web "unhandledrejection" event: order and whether the process survives.
const log = (s) => console.log(s);
process.on("unhandledRejection", (reason, p) => log(`process handler: ${reason.message} promise=${p instanceof Promise}`));
addEventListener("unhandledrejection", (e) => log(`web event: ${e.reason.message}`));
Promise.reject(new Error("x"));
setTimeout(() => log("timer still runs"), 20);
