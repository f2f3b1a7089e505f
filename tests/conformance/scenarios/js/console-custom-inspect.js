// Objects with Symbol.toStringTag, Symbol.for("nodejs.util.inspect.custom") and Symbol.for("Deno.customInspect") printed by console.log, plus generator and iterator objects.
class Tagged { get [Symbol.toStringTag]() { return "MyTag"; } constructor() { this.v = 1; } }
console.log(new Tagged());
console.log({ [Symbol.toStringTag]: "PlainTag", a: 1 });
const nodeStyle = { secret: 1, [Symbol.for("nodejs.util.inspect.custom")]() { return "<node custom>"; } };
console.log(nodeStyle);
console.log([nodeStyle]);
const denoStyle = { secret: 2, [Symbol.for("Deno.customInspect")]() { return "<deno custom>"; } };
console.log(denoStyle);
function* gen() { yield 1; }
async function* agen() {}
console.log(gen(), agen(), [1, 2].values(), new Map([[1, 2]]).entries(), new Set([1]).values(), "ab"[Symbol.iterator]());
(function () { console.log(arguments); })(1, "two");
console.log(Object.assign(function withProps() {}, { a: 1 }), (function () {}).bind(null), class { static s = 1; });
console.log(new (class Base {})(), new (class Derived extends Array {})(), Object.create(Tagged.prototype));
