// Top level: an unhandled rejection is created, then the module throws synchronously: which error is reported, exit 1.
console.log("start");
Promise.reject(new Error("rejection before the throw"));
throw new Error("synchronous top-level throw");
