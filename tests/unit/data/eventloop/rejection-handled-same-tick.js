const p = Promise.reject(new Error("handled"));
queueMicrotask(() => p.catch((e) => console.log("caught", e.message)));
setTimeout(() => console.log("timer"), 5);
