// After a top-level await, an undeclared assignment throws: uncaught "(in promise)" ReferenceError.
console.log("before await");
await new Promise((r) => setTimeout(r, 5));
console.log("after await");
setTimeout(() => console.log("never: timer"), 10);
lateUndeclared = 1;
