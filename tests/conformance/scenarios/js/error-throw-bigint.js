// A rejected promise with a BigInt reason, never handled: "error: Uncaught (in promise) 123n", exit 1.
console.log("start");
Promise.reject(123n);
