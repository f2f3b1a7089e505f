// The shape of the console methods (the toString of V8's own createTask/context/run is in
// xfail-native-tostring.js).
console.log(String(console.log), String(console.table), String(console.group));
console.log(Object.getOwnPropertyNames(console.log), Object.getOwnPropertyNames(console.context));
console.log(Object.getOwnPropertyDescriptor(console, Symbol.toStringTag));
for (const k of Object.keys(console)) {
  const v = console[k];
  if (typeof v === "function") console.log(k, v.name, v.length, "prototype" in v);
  else console.log(k, v);
}
const c = console.context("ctx");
c.log("from context");
c.error("from context");
console.log(c);
console.log(console.context() === console.context(), typeof console.context().log);
const t = console.createTask("x");
console.log(Object.getOwnPropertyNames(t), Object.getOwnPropertyDescriptor(t, "run"), Object.getOwnPropertyNames(Object.getPrototypeOf(t)));
console.log(t.run.length, t.run.name);
try { t.run(); } catch (e) { console.log(e.name, e.message); }
try { t.run(1); } catch (e) { console.log(e.name, e.message); }
console.log(t.run(function (a) { return [this, arguments.length]; }));
console.log(t.run(() => "arrow"));
try { t.run(() => { throw new RangeError("inside run"); }); } catch (e) { console.log(e.name, e.message); }
try { console.createTask(1); } catch (e) { console.log(e.name, e.message, e instanceof TypeError); }
console.log(Object.prototype.toString.call(t), t.constructor === Object);
const { log, table, group, groupEnd } = console;
group("detached");
log("works");
table([1]);
groupEnd();
console.log.call(null, "call null");
console.log.apply({}, ["apply"]);
console.createTask({ toString() { return "s"; } });
