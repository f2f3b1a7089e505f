// await of a thenable object: then() is called in a microtask, the continuation runs one turn after it resolves.
const thenable = {
  then(resolve) {
    console.log("thenable.then called");
    resolve("thenable result");
  },
};
const slowThenable = {
  then(resolve) {
    console.log("slowThenable.then called");
    setTimeout(() => resolve("slow result"), 20);
  },
};
async function f() {
  console.log("f start");
  console.log("f got", await thenable);
  console.log("f got", await slowThenable);
  console.log("f end");
}
f();
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) p = p.then(() => console.log("tick", i));
setTimeout(() => console.log("timer 1ms"), 1);
console.log("sync end");
