// %o, %O, %j, %s, %d, %i, %f, %c on exotic values: Symbols, BigInt, null-proto, proxies, boxed primitives, getters, -0, functions, dates.
const np = Object.create(null); np.k = 1;
const vals = [Symbol("s"), 12n, np, new Proxy([1], {}), Object(1), Object("str"), Object(Symbol("b")), -0, () => 1, new Date(0), /x/y, [ , 1], new Error("e")];
for (const v of vals) {
  try { console.log("%o | %O | %s", v, v, v); } catch (e) { console.log(`threw ${e.name}`); }
}
console.log("%d %i %f", "12.5px", 3.9, "1e3");
console.log("%d %i %f", 12n, 12n, Symbol("z"));
console.log("%j", { a: [1, "x", null] });
console.log("%c styled %c again", "color: red", "font-weight: bold", "extra");
console.log("%% %x %", 1);
