// Map.prototype.getOrInsert(Computed) and WeakMap.prototype.getOrInsert(Computed).
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const m = new Map([["a", 1]]);
show("getOrInsert existing", () => m.getOrInsert("a", 2));
show("getOrInsert new", () => m.getOrInsert("b", 3));
show("getOrInsertComputed existing", () => m.getOrInsertComputed("a", () => { throw new Error("not called"); }));
show("getOrInsertComputed new", () => m.getOrInsertComputed("c", (k) => k.toUpperCase()));
show("map", () => m);
show("-0 key", () => { const x = new Map(); x.getOrInsertComputed(-0, (k) => Object.is(k, -0)); return [...x.keys()].map((k) => Object.is(k, -0)); });
show("NaN key", () => { const x = new Map(); x.getOrInsert(NaN, 1); return x.getOrInsert(NaN, 2); });
show("callback inserts same key", () => { const x = new Map(); const r = x.getOrInsertComputed("k", () => { x.set("k", "inner"); return "outer"; }); return [r, x]; });
show("callback throws", () => { const x = new Map(); try { x.getOrInsertComputed("k", () => { throw new Error("cb"); }); } catch (e) { return [e.message, x.size]; } });
show("callback args", () => { const x = new Map(); let args; x.getOrInsertComputed("k", function (...a) { args = [a, this]; }); return args; });
show("not callable", () => new Map().getOrInsertComputed(1, 1));
show("receiver", () => Map.prototype.getOrInsert.call({}, 1, 1));
show("receiver computed", () => Map.prototype.getOrInsertComputed.call(new WeakMap(), 1, () => 1));
const wm = new WeakMap();
const key = {};
show("weak getOrInsert", () => [wm.getOrInsert(key, 1), wm.getOrInsert(key, 2)]);
show("weak computed", () => wm.getOrInsertComputed({}, (k) => typeof k));
show("weak symbol key", () => wm.getOrInsert(Symbol("s"), "sym"));
show("weak registered symbol", () => wm.getOrInsert(Symbol.for("s"), 1));
show("weak primitive", () => wm.getOrInsert(1, 1));
show("weak computed primitive", () => wm.getOrInsertComputed(1, () => 1));
show("weak computed not callable", () => wm.getOrInsertComputed(1, 1));
show("weak receiver", () => WeakMap.prototype.getOrInsert.call(new Map(), {}, 1));
show("weak computed receiver", () => WeakMap.prototype.getOrInsertComputed.call({}, {}, () => 1));
for (const [o, k] of [[Map.prototype, "getOrInsert"], [Map.prototype, "getOrInsertComputed"], [WeakMap.prototype, "getOrInsert"], [WeakMap.prototype, "getOrInsertComputed"]]) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  console.log(k, d.value.length, d.writable, d.enumerable, d.configurable, d.value);
}
