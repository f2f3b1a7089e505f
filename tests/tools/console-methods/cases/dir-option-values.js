const v = { a: { b: { c: { d: { e: { f: 1 } } } } }, list: Array.from({ length: 26 }, (_, i) => i), s: "x".repeat(40) };
const variants = [
  { depth: undefined }, { compact: undefined }, { breakLength: undefined }, { sorted: undefined },
  { iterableLimit: undefined }, { depth: "2" }, { breakLength: "20" }, { compact: 0 },
  { compact: "x" }, { showHidden: 1 }, { depth: 1.5 }, { iterableLimit: 5, maxArrayLength: 2 },
  { breakLength: Infinity }, { breakLength: 0 }, { depth: NaN }, { sorted: (a, b) => (a < b ? 1 : -1) },
];
for (const opts of variants) {
  console.log("---", Object.keys(opts)[0], String(Object.values(opts)[0]));
  console.dir(v, opts);
}
