// Resolving a promise with a native promise costs 2 extra microtask turns (NewPromiseResolveThenableJob + then); Promise.resolve(p) returns p itself.
function ticker(label, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log(`${label} tick ${i}`));
}
const inner = Promise.resolve("inner");
console.log("Promise.resolve(p) === p:", Promise.resolve(inner) === inner);
new Promise((resolve) => resolve(inner)).then((v) => console.log("resolved with promise ->", v));
Promise.resolve(inner).then((v) => console.log("Promise.resolve(inner) ->", v));
Promise.resolve("plain").then((v) => console.log("plain ->", v));
ticker("T", 5);
