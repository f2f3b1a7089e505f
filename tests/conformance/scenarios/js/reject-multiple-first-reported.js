// Three promises reject unhandled in one microtask checkpoint with different value types; only the first is reported and the process exits 1.
const log = (s) => console.log(s);
Promise.reject({ code: 42, detail: "object reason" });
Promise.reject(new Error("second (not reported)"));
Promise.reject("third string");
Promise.resolve().then(() => log("microtask still runs"));
setTimeout(() => log("timer never"), 50);
log("sync");
