// Async generator with next() calls queued up-front and interleaved with a microtask ticker.
async function* gen() {
  console.log("gen start");
  yield 1;
  console.log("gen after yield 1");
  const x = await Promise.resolve("awaited");
  console.log("gen", x);
  yield 2;
  console.log("gen end");
  return 3;
}
const g = gen();
g.next().then((r) => console.log("next 1 ->", r));
g.next().then((r) => console.log("next 2 ->", r));
g.next().then((r) => console.log("next 3 ->", r));
g.next().then((r) => console.log("next 4 ->", r));
let p = Promise.resolve();
for (let i = 1; i <= 8; i++) p = p.then(() => console.log("tick", i));
console.log("sync end");
