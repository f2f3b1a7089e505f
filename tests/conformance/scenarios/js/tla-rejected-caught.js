// Top-level await of rejected promises caught with try/catch, .catch and a rejected thenable; execution continues and timers fire afterwards.
const log = (s) => console.log(s);
setTimeout(() => log("timer set before the awaits"), 1);
try {
  await Promise.reject(new Error("first rejection"));
} catch (e) {
  log(`caught ${e.message}`);
}
try {
  await { then(_, reject) { reject(new TypeError("thenable rejection")); } };
} catch (e) {
  log(`caught ${e.name}: ${e.message}`);
}
const v = await Promise.reject("string reason").catch((r) => `recovered from ${r}`);
log(v);
try {
  await new Promise((_, reject) => setTimeout(() => reject(new RangeError("late rejection")), 20));
} catch (e) {
  log(`caught later ${e.message}`);
}
log("end of module");
