// Stack frames compared exactly (no collapsing).
function a() { b(); }
function b() { c(); }
function c() { console.trace("deep"); }
a();
new (class Ctor { constructor() { console.trace("ctor"); } })();
const arrow = () => console.trace("arrow");
arrow();
Error.stackTraceLimit = 1;
a();
Error.stackTraceLimit = 0;
a();
Error.stackTraceLimit = 10;
const { trace } = console;
trace("detached");
console.trace.call(undefined, "call");
eval("console.trace('eval')");
