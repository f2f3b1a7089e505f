// JSON.stringify of special values and its errors (circular structure message, BigInt), printed via console.
const log = (s) => console.log(s);
log(JSON.stringify([undefined, function () {}, Symbol("s"), NaN, Infinity, -0, null]));
log(JSON.stringify({ u: undefined, f() {}, s: Symbol("x"), d: new Date(0), r: /re/g, m: new Map([[1, 2]]), e: new Error("e") }));
log(JSON.stringify("\ud800\u2028\u0007"));
log(JSON.stringify({ a: [1, { b: 2 }] }, null, "--"));
log(JSON.stringify({ a: 1, b: 2, c: 3 }, ["a", "c"]));
log(String(JSON.stringify(undefined)));
const circ = { name: "root", child: { list: [] } };
circ.child.list.push(circ);
try { JSON.stringify(circ); } catch (e) { log(`${e.name}: ${e.message}`); }
const arr = [];
arr.push(arr);
try { JSON.stringify(arr); } catch (e) { log(`${e.name}: ${e.message}`); }
try { JSON.stringify({ big: 10n }); } catch (e) { log(`${e.name}: ${e.message}`); }
console.log("%j", circ);
console.log("%j %j %j", 1n, undefined, Symbol("q"));
