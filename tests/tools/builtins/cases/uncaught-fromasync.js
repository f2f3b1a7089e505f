// An awaited Array.fromAsync rejection at top level.
const values = await Array.fromAsync([1, Promise.resolve(2)]);
console.log(values);
await Array.fromAsync({ length: 1, 0: Promise.reject(new Error("element failed")) });
