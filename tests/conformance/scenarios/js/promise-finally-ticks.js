// finally() passes values through and costs extra turns compared with then(); a finally callback returning a promise delays further.
let p = Promise.resolve();
for (let i = 1; i <= 7; i++) p = p.then(() => console.log("tick", i));
Promise.resolve("v1").finally(() => console.log("finally 1")).then((v) => console.log("after finally 1:", v));
Promise.resolve("v2").then((v) => { console.log("then 2"); return v; }).then((v) => console.log("after then 2:", v));
Promise.resolve("v3").finally(() => Promise.resolve("ignored")).then((v) => console.log("after finally 3 (returns promise):", v));
Promise.resolve("v4").finally(() => { throw new Error("finally throws"); }).catch((e) => console.log("after finally 4:", e.message));
