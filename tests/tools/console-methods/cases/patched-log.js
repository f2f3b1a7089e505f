// Only console.group goes through the console object's public `log`.
const orig = console.log;
console.log = (...a) => orig("[patched]", ...a);
console.table(5);
console.table([1]);
console.dirxml("x");
console.dir("y");
console.time("t"); console.timeLog("t", "z"); console.timeEnd("t");
console.count();
console.assert(false);
console.info("info");
console.debug("debug");
console.log = orig;
