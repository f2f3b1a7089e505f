// console.group prints its label through the console object's current `log` (called with the
// console as `this`); the other methods never use the public properties.
const orig = console.log;
const c = console;
globalThis.console = { log: (...a) => orig("[other console]", ...a) };
c.group("A");
c.log("in A");
globalThis.console = c;
c.log = function (...a) { orig("[this is console]", this === c, this === undefined, ...a); };
c.group("B");
const { group } = c;
group("C");
c.log = orig;
c.groupCollapsed("D");
c.log = undefined;
try { c.group("E"); } catch (e) { orig(e.name, e.message); }
try { c.groupCollapsed(); orig("no label ok"); } catch (e) { orig(e.name, e.message); }
delete c.log;
try { c.group("F"); } catch (e) { orig(e.name, e.message); }
c.log = orig;
c.groupEnd(); c.groupEnd(); c.groupEnd(); c.groupEnd(); c.groupEnd();
c.log("end");
c.info = (...a) => orig("[patched info]", ...a);
c.warn = (...a) => orig("[patched warn]", ...a);
c.error = (...a) => orig("[patched error]", ...a);
c.count("x"); c.timeLog("none"); c.time("t"); c.timeLog("t"); c.timeEnd("t"); c.assert(false); c.trace("t"); c.countReset("zz");
c.table(5);
c.dirxml(1);
