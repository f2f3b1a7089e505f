// An unhandled rejection from Promise.any with all inputs rejected: how the uncaught AggregateError is reported, exit 1.
console.log("start");
Promise.any([Promise.reject(new Error("first")), Promise.reject(new TypeError("second"))]);
setTimeout(() => console.log("never"), 50);
