console.indentLevel = 3;
console.log("a\nb");
console.group("g");
console.log(console.indentLevel);
console.groupEnd();
const t = console.createTask("x");
console.log(t, Object.getPrototypeOf(t), typeof t.run);
console.log(t.run(() => 42));
const c = console.context("ctx");
console.log(c === console, typeof c, c && Object.keys(c));
console.log(console.createTask.length, console.context.length, console.createTask.name);
try { console.createTask(); } catch (e) { console.log(e.name, e.message); }
try { console.createTask(""); } catch (e) { console.log(e.name, e.message); }
console.log(console.profile("x"), console.profileEnd(), console.timeStamp("t"));
