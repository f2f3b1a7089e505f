// finally callbacks returning thenables and rejected promises: value passes through, rejection from finally overrides, and the extra ticks compared with then.
const log = (s) => console.log(s);
Promise.resolve("v1").finally(() => ({ then(r) { log("finally thenable then()"); r("ignored"); } })).then((v) => log("after finally thenable: " + v));
Promise.resolve("v2").finally(() => Promise.reject(new Error("finally override"))).catch((e) => log("overridden: " + e.message));
Promise.reject(new Error("orig")).finally(() => log("finally on rejection")).catch((e) => log("still rejected: " + e.message));
Promise.resolve("v3").finally(() => new Promise((r) => setTimeout(r, 20))).then((v) => log("after delayed finally: " + v));
Promise.resolve().then(() => log("t1")).then(() => log("t2")).then(() => log("t3")).then(() => log("t4")).then(() => log("t5"));
log("sync");
