queueMicrotask(() => console.log("micro"));
setTimeout(() => console.log("timer"), 0);
console.log("top");
