// Two independent .then chains advance one step per microtask turn and interleave A1 B1 A2 B2 ...
const a = Promise.resolve();
const b = Promise.resolve();
a.then(() => console.log("A1")).then(() => console.log("A2")).then(() => console.log("A3")).then(() => console.log("A4"));
b.then(() => console.log("B1")).then(() => console.log("B2")).then(() => console.log("B3")).then(() => console.log("B4"));
queueMicrotask(() => console.log("Q1"));
console.log("sync");
