// A then-handler returning a promise delays the chain by 2 extra turns compared with returning a value.
Promise.resolve()
  .then(() => { console.log("P0"); return Promise.resolve("from promise"); })
  .then((v) => console.log("P1", v));
Promise.resolve()
  .then(() => { console.log("V0"); return "plain"; })
  .then((v) => console.log("V1", v));
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) p = p.then(() => console.log("tick", i));
