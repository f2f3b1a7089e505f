// await of a non-promise value takes exactly one microtask turn, like await of a resolved native promise.
async function awaitsValue() {
  console.log("A before");
  const v = await 42;
  console.log("A after await 42 ->", v);
  await undefined;
  console.log("A after await undefined");
}
async function awaitsPromise() {
  console.log("B before");
  const v = await Promise.resolve("p");
  console.log("B after await promise ->", v);
  await Promise.resolve();
  console.log("B after second await");
}
awaitsValue();
awaitsPromise();
let p = Promise.resolve();
for (let i = 1; i <= 4; i++) p = p.then(() => console.log("tick", i));
console.log("sync end");
