// Keys of Timeout and Immediate handles, console.log of an Immediate, promises in each state.
const t = setTimeout(() => {}, 10);
const i = setImmediate(() => {});
const iv = setInterval(() => {}, 1000);
console.log(Object.keys(t));
console.log(Object.keys(i));
console.log(i);
console.log([typeof t[Symbol.toPrimitive], +t > 0, typeof +iv]);
clearInterval(iv);
console.log(Promise.resolve({ a: 1 }), new Promise(() => {}));
const rej = Promise.reject(42);
rej.catch(() => {});
console.log(rej);
console.log([Promise.resolve(Promise.resolve(1))]);
