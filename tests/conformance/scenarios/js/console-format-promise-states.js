// console.log of promises in pending, fulfilled and rejected (handled) states at different times, and of nested objects holding promises.
const p1 = new Promise((r) => setTimeout(() => r({ a: 1, b: [1, 2] }), 20));
const p2 = Promise.resolve("done");
const p3 = Promise.reject(new Error("nope"));
p3.catch(() => {});
const p4 = Promise.reject(42);
p4.catch(() => {});
console.log(p1, p2, p4);
console.log({ nested: p2, arr: [p1, Promise.resolve(undefined)] });
setTimeout(() => {
  console.log("later:", p1);
  console.log("%o", p2);
  console.log(String(p2), Object.prototype.toString.call(p2));
  console.log(p3 instanceof Promise, typeof p3.then);
}, 40);
