// A 10,000-link promise chain and a timer that expired before it started: the whole chain runs first.
const log = (s) => console.log(s);
const start = performance.now();
setTimeout(() => log("timer"), 1);
let p = Promise.resolve(0);
for (let i = 0; i < 10000; i++) p = p.then((v) => v + 1);
p.then((v) => log(`chain result ${v}`));
let q = Promise.resolve();
for (let i = 0; i < 10000; i++) q = q.then(() => new Promise((r) => r()));
q.then(() => log("nested-promise chain done"));
while (performance.now() - start < 5) {}
