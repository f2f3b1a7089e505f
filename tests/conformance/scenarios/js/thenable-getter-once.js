// The then property of a resolution value is read exactly once, synchronously, during resolve().
let reads = 0;
const obj = {
  get then() {
    reads++;
    console.log("then getter read", reads);
    return (res) => res("value from getter then");
  },
};
const p = new Promise((resolve) => { resolve(obj); console.log("after resolve, reads =", reads); });
p.then((v) => console.log(v, "reads =", reads));
const notCallable = { then: 42 };
Promise.resolve(notCallable).then((v) => console.log("non-callable then -> fulfilled with object:", v));
