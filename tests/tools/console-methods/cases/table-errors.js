// Exceptions from user code while building a table propagate; nothing is printed.
const throwingRow = { get bad() { throw new Error("getter throws"); }, ok: 1 };
try { console.table([throwingRow]); } catch (e) { console.log("caught:", e.message); }
try { console.table({ get r() { throw new Error("row getter"); } }); } catch (e) { console.log("caught:", e.message); }
try { console.table([{ a: 1 }], ["a", { toString() { throw new Error("property toString"); } }]); } catch (e) { console.log("caught:", e.message); }
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try { console.table(proxy); } catch (e) { console.log("caught:", e.name, e.message); }
try { console.table([proxy]); } catch (e) { console.log("caught:", e.name, e.message); }
const trap = new Proxy({ a: { x: 1 } }, {
  ownKeys(t) { console.log("ownKeys trap"); return Reflect.ownKeys(t); },
  get(t, k) { if (typeof k === "string") console.log("get trap", k); return Reflect.get(t, k); },
  has(t, k) { console.log("has trap", String(k)); return Reflect.has(t, k); },
});
console.table(trap);
console.table([trap], ["a"]);
function* failing() { yield { a: 1 }; throw new Error("generator fails"); }
try { console.table(failing()); } catch (e) { console.log("caught:", e.message); }
const customIter = {
  [Symbol.iterator]() {
    let i = 0;
    return { next() { i++; return i <= 2 ? { value: { i }, done: false } : { done: true, value: "ignored" }; } };
  },
};
console.table(customIter);
try { console.table({ [Symbol.iterator]() { return 5; } }); } catch (e) { console.log("caught:", e.name); }
console.table([{ a: 1 }], new Proxy(["a"], {}));
console.log("end");
