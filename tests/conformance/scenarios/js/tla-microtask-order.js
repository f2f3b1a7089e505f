// Top-level await of resolved values interleaves with other microtask chains exactly like an async function body.
let p = Promise.resolve();
for (let i = 1; i <= 6; i++) p = p.then(() => console.log("chain", i));
console.log("module start");
await null;
console.log("after await null");
await Promise.resolve();
console.log("after await Promise.resolve()");
await { then(r) { console.log("thenable.then"); r(); } };
console.log("after await thenable");
setTimeout(() => console.log("timeout"), 0);
await new Promise((r) => setTimeout(r, 0));
console.log("after await setTimeout 0");
