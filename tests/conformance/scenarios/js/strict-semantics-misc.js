// Strict-mode behaviours in a module: this in functions, writes to frozen/readonly, delete, arguments, octal literal errors via eval.
const log = (s) => console.log(s);
function f() { return this; }
log(`function this: ${f()}`);
try { Object.freeze({ a: 1 }).a = 2; } catch (e) { log(`${e.name}: ${e.message}`); }
try { delete Object.prototype; } catch (e) { log(`${e.name}: ${e.message}`); }
try { "abc".length = 1; } catch (e) { log(`${e.name}: ${e.message}`); }
try { undefined.x; } catch (e) { log(`${e.name}: ${e.message}`); }
try { null.f(); } catch (e) { log(`${e.name}: ${e.message}`); }
try { eval("010"); } catch (e) { log(`${e.name}: ${e.message}`); }
try { (function () { arguments.callee; })(); } catch (e) { log(`${e.name}: ${e.message}`); }
try { ({}).x.y; } catch (e) { log(`${e.name}: ${e.message}`); }
try { const c = 1; eval("c = 2"); } catch (e) { log(`${e.name}: ${e.message}`); }
try { notDefinedAnywhere; } catch (e) { log(`${e.name}: ${e.message}`); }
setTimeout(() => { undeclaredInTimer = 1; }, 5);
