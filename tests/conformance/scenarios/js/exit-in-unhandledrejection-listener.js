// process.exit(11) inside an unhandledrejection listener.
const log = (s) => console.log(s);
addEventListener("unhandledrejection", (e) => { log(`unhandled: ${e.reason.message}`); process.exit(11); });
Promise.reject(new Error("nope"));
setTimeout(() => log("never"), 20);
