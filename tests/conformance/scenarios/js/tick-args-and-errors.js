// process.nextTick passes extra arguments, rejects non-functions with a TypeError, and `this` inside the callback.
const log = (s) => console.log(s);
process.nextTick((a, b, c) => log(`args: ${a} ${b} ${c}`), 1, "two", [3]);
process.nextTick(function () { log(`this is undefined: ${this === undefined}`); });
try {
  process.nextTick("not a function");
} catch (e) {
  log(`${e.name}: ${e.code} ${e.message}`);
}
try {
  process.nextTick();
} catch (e) {
  log(`${e.name}: ${e.code}`);
}
