// An async function that returns a promise resolves 2 turns later than one returning a plain value; awaiting it vs .then on it.
async function returnsValue() { return "value"; }
async function returnsPromise() { return Promise.resolve("promise"); }
async function returnsAwaited() { return await Promise.resolve("awaited"); }
returnsPromise().then((v) => console.log("resolved:", v));
returnsAwaited().then((v) => console.log("resolved:", v));
returnsValue().then((v) => console.log("resolved:", v));
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) p = p.then(() => console.log("tick", i));
