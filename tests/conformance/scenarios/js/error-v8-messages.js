// Messages of common built-in errors (caught and printed), which depend on the engine version: JSON.parse, property of undefined, not a function, not iterable, const, BigInt mixing, TDZ.
const cases = [
  () => JSON.parse("{bad json}"),
  () => JSON.parse(""),
  () => JSON.parse('{"a": 1,}'),
  () => undefined.foo,
  () => null.bar(),
  () => { const o = {}; o.method(); },
  () => { const [a] = 5; },
  () => { for (const x of {}) {} },
  () => { const c = 1; c = 2; },
  () => 1n + 1,
  () => { new Array(-1); },
  () => Symbol() + "",
  () => { class A {} A(); },
  () => { tdz; let tdz = 1; },
  () => { new (class { #p; static check(o) { return o.#p; } }).check({}); },
  () => Object.defineProperty(Object.freeze({}), "x", { value: 1 }),
  () => "abc".repeat(-1),
  () => new Promise(5),
  () => Promise.resolve.call(1),
  () => structuredClone(() => {}),
  () => { "use strict"; undefinedVariable = 1; },
  () => ({}).x.y.z,
  () => BigInt(1.5),
  () => decodeURIComponent("%"),
  () => new Intl.NumberFormat("en", { style: "currency" }),
];
for (const f of cases) {
  try {
    f();
    console.log("no error");
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
