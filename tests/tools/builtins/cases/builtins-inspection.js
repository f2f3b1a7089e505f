// How the new built-ins print: console.log of the functions, Function.prototype.toString,
// name/length, and that methods are not constructors.
const entries = [
  ["Array.prototype.toSorted", Array.prototype.toSorted], ["Array.fromAsync", Array.fromAsync], ["Object.groupBy", Object.groupBy],
  ["Map.groupBy", Map.groupBy], ["Promise.try", Promise.try], ["Promise.withResolvers", Promise.withResolvers],
  ["Set.prototype.union", Set.prototype.union], ["String.prototype.isWellFormed", String.prototype.isWellFormed],
  ["Error.isError", Error.isError], ["Iterator", Iterator], ["Iterator.from", Iterator.from], ["Iterator.prototype.map", Iterator.prototype.map],
  ["RegExp.escape", RegExp.escape], ["Math.sumPrecise", Math.sumPrecise], ["Uint8Array.fromBase64", Uint8Array.fromBase64],
  ["ArrayBuffer.prototype.transfer", ArrayBuffer.prototype.transfer], ["Atomics.pause", Atomics.pause], ["JSON.rawJSON", JSON.rawJSON],
  ["DisposableStack", DisposableStack], ["AsyncDisposableStack", AsyncDisposableStack], ["SuppressedError", SuppressedError],
  ["Map.prototype.getOrInsert", Map.prototype.getOrInsert], ["DataView.prototype.getFloat16", DataView.prototype.getFloat16],
  ["Function.prototype.toString", Function.prototype.toString], ["JSON.parse", JSON.parse], ["JSON.stringify", JSON.stringify],
  ["detached getter", Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached").get],
  ["Iterator constructor getter", Object.getOwnPropertyDescriptor(Iterator.prototype, "constructor").get],
  ["Iterator toStringTag setter", Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag).set],
  ["Iterator dispose", Iterator.prototype[Symbol.dispose]], ["DisposableStack dispose", DisposableStack.prototype[Symbol.dispose]],
];
for (const [label, fn] of entries) {
  let constructible;
  try {
    Reflect.construct(String, [], fn);
    constructible = true;
  } catch {
    constructible = false;
  }
  console.log(label, fn, String(fn), fn.name, fn.length, "prototype" in fn, constructible);
}
console.log(entries.slice(0, 6).map(([, fn]) => fn));
console.log({ toSorted: Array.prototype.toSorted, nested: { fromAsync: Array.fromAsync } });
console.log(Deno.inspect(Iterator.prototype.map, { showHidden: true }));
console.log(Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").get.name, Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").set.name);
console.log(String(function userFn(a) { return a; }), String(class A {}), String(Math.max), String(() => 1), String(Array.prototype.map.bind([])));
try {
  Function.prototype.toString.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.getOwnPropertyDescriptor(Function.prototype, "toString"));
