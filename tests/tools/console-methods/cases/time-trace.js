console.time("%s"); console.timeLog("%s", "X", "Y"); console.timeEnd("%s");
console.time("%o"); console.timeLog("%o"); console.timeEnd("%o");
console.time(Symbol("q")); console.timeEnd(Symbol("q"));
console.count(Symbol("q"));
try { console.count({ toString() { throw new Error("ts"); } }); } catch (e) { console.log("caught", e.message); }
const busy = (ms) => { const s = Date.now(); while (Date.now() - s < ms); };
console.time("b"); busy(5); console.timeLog("b"); busy(20); console.timeLog("b"); busy(120); console.timeEnd("b");
console.log("%d%%", 5);
console.info(); console.warn(); console.error(); console.debug();
console.trace({ a: 1 }, "x");
console.trace("%s!", "fmt");
function inner() { console.trace("in fn"); }
function outer() { inner(); }
outer();
