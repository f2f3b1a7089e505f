console.count();
console.count("default");
console.count(undefined);
console.count(null);
console.count(1);
console.count("1");
console.count(true);
console.count({});
console.count([1, 2]);
console.count("");
console.count(Symbol("sym"));
console.count(Symbol());
console.count(1.5);
console.count(-0);
console.countReset("1");
console.count(1);
console.countReset("never");
console.countReset();
console.countReset();
console.count();
console.group("g");
console.count("in group");
console.countReset("missing in group");
console.group("g2");
console.count("in group");
console.groupEnd();
console.groupEnd();
try { console.count({ toString() { throw new Error("label throws"); } }); } catch (e) { console.log(e.message); }
try { console.countReset({ toString() { throw new Error("reset label throws"); } }); } catch (e) { console.log(e.message); }
console.count(`multi
line`);
console.countReset("%s %d");
console.count("%s %d");
