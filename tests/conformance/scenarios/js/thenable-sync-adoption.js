// Resolving with a plain thenable: then() is called in a later microtask (1 turn), and resolving inside it settles synchronously.
const thenable = {
  then(onFulfilled, onRejected) {
    console.log("thenable.then called, typeof args:", typeof onFulfilled, typeof onRejected);
    onFulfilled("thenable value");
    onFulfilled("ignored second call");
  },
};
let p = Promise.resolve();
for (let i = 1; i <= 4; i++) p = p.then(() => console.log("tick", i));
new Promise((resolve) => resolve(thenable)).then((v) => console.log("adopted:", v));
Promise.resolve(thenable).then((v) => console.log("Promise.resolve(thenable):", v));
console.log("sync end");
