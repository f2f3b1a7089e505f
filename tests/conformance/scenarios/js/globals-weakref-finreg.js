// WeakRef and FinalizationRegistry exist and work synchronously; console output of them (no GC dependence).
const target = { a: 1 };
const w = new WeakRef(target);
console.log(w.deref() === target, typeof WeakRef, typeof FinalizationRegistry);
const fr = new FinalizationRegistry(() => {});
fr.register(target, "held", target);
console.log(fr.unregister(target), fr.unregister(target));
console.log(w);
console.log(fr);
console.log(Object.prototype.toString.call(w), Object.prototype.toString.call(fr));
console.log(new WeakMap([[target, 1]]), new WeakSet([target]));
try { new WeakRef(1); } catch (e) { console.log(`${e.name}: ${e.message}`); }
