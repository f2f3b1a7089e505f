// Errors thrown while evaluating console.log arguments (caught), toString/Symbol.toPrimitive throwing in templates, then an uncaught one from an argument getter.
const log = (s) => console.log(s);
try {
  console.log("first arg", (() => { throw new Error("arg evaluation failed"); })());
} catch (e) {
  log(`caught: ${e.message}`);
}
const bad = { toString() { throw new Error("toString failed"); } };
try {
  log(`template ${bad}`);
} catch (e) {
  log(`caught: ${e.message}`);
}
const prim = { [Symbol.toPrimitive]() { throw new TypeError("toPrimitive failed"); } };
try {
  console.log("%s", prim);
  log("no throw from %s");
} catch (e) {
  log(`caught from %s: ${e.message}`);
}
console.log("%d and %i", prim, prim);
const getterObj = { get boom() { throw new Error("getter boom"); }, ok: 1 };
console.log(getterObj);
setTimeout(() => console.log("args", getterObj.boom), 1);
