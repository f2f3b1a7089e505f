// finally handlers returning promises delay the chain; a rejecting or throwing finally overrides; finally on a thenable-subclass value.
const log = (s) => console.log(s);
Promise.resolve("v1").finally(() => new Promise((r) => setTimeout(() => { log("finally timer"); r("ignored"); }, 10)))
  .then((v) => log(`after slow finally ${v}`));
Promise.resolve("v2").finally(() => { throw new Error("finally threw"); })
  .catch((e) => log(`override ${e.message}`));
Promise.reject(new Error("orig")).finally(() => Promise.reject(new Error("finally rejected")))
  .catch((e) => log(`override2 ${e.message}`));
Promise.reject(new Error("kept")).finally(() => "return ignored").catch((e) => log(`kept ${e.message}`));
Promise.resolve("v3").finally(() => log("finally sync")).then((v) => log(`v3 ${v}`));
Promise.resolve("v4").finally().then((v) => log(`finally with no handler ${v}`));
Promise.resolve().then(() => log("t1")).then(() => log("t2")).then(() => log("t3")).then(() => log("t4")).then(() => log("t5"));
