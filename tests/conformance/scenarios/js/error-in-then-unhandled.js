// A throw inside a .then handler with no catch: reported as "Uncaught (in promise)", after other microtasks of that turn.
Promise.resolve(1)
  .then((v) => {
    console.log("then got", v);
    throw new SyntaxError("thrown in then");
  })
  .then(() => console.log("never: skipped"));
Promise.resolve().then(() => console.log("other microtask 1")).then(() => console.log("other microtask 2")).then(() => console.log("other microtask 3"));
setTimeout(() => console.log("never: 60 ms timer"), 60);
