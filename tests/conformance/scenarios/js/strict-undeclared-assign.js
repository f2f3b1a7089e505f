// Modules are strict: assigning an undeclared variable at top level throws an uncaught ReferenceError.
console.log("start");
queueMicrotask(() => console.log("micro"));
setTimeout(() => console.log("never: timer"), 5);
undeclaredVariable = 5;
console.log("never");
