// Methods use the console's internals, not whatever the user put on the console object.
const origLog = console.log;
const origError = console.error;
console.log = (...a) => origLog("[patched log]", ...a);
console.error = (...a) => origError("[patched error]", ...a);
console.info = () => origLog("[patched info]");
console.group("group label");
console.table([{ a: 1 }]);
console.assert(false, "assert");
console.count("c");
console.countReset("none");
console.time("t"); console.time("t");
console.timeLog("none");
console.dir({ a: 1 });
console.dirxml("dirxml");
console.trace("trace");
console.groupEnd();
console.log = origLog;
console.error = origError;
console.indentLevel = 5;
console.log("indentLevel is only data", console.indentLevel);
console.group();
console.log(console.indentLevel);
console.groupEnd();
delete console.indentLevel;
console.log(Object.keys(console).length, "indentLevel" in console);
console.newProp = 1;
console.log(Object.keys(console).slice(-3));
// Patched intrinsics do not change what the methods print.
const saved = {
  push: Array.prototype.push, join: Array.prototype.join, get: Map.prototype.get,
  has: Map.prototype.has, repeat: String.prototype.repeat, keys: Object.keys,
};
Array.prototype.push = function () { throw new Error("push"); };
Array.prototype.join = function () { return "JOIN"; };
Map.prototype.get = function () { return 99; };
Map.prototype.has = function () { return true; };
String.prototype.repeat = function () { return "R"; };
Object.keys = function () { return []; };
console.group("patched intrinsics");
console.table([{ a: 1, b: "x" }, { a: 2 }]);
console.table(new Map([["k", "v"]]));
console.count("p");
console.count("p");
console.countReset("nope");
console.time("pt");
console.timeLog("none");
console.log("multi\nline");
console.groupEnd();
// Restored: the rest of the runtime is not this check's business.
Array.prototype.push = saved.push;
Array.prototype.join = saved.join;
Map.prototype.get = saved.get;
Map.prototype.has = saved.has;
String.prototype.repeat = saved.repeat;
Object.keys = saved.keys;
