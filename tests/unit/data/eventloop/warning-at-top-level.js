setTimeout(() => console.log("nan timer"), NaN);
queueMicrotask(() => console.log("microtask"));
Promise.resolve().then(() => console.log("then"));
console.log("top");
