// Several unhandled rejections created in one tick, some handled later in the same tick: only the first still-unhandled one is reported, exit 1.
const log = (s) => console.log(s);
const p1 = Promise.reject(new Error("p1 handled later in same tick"));
const p2 = Promise.reject(new Error("p2 never handled"));
const p3 = Promise.reject(new Error("p3 never handled either"));
queueMicrotask(() => {
  p1.catch(() => log("p1 handled in microtask"));
});
Promise.resolve().then(() => log("then after rejections"));
