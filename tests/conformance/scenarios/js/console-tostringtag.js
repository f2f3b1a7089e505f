// Custom Symbol.toStringTag on plain objects, class instances, functions and null-prototype objects, in console.log and toString.
const a = { [Symbol.toStringTag]: "Custom", x: 1 };
class B { get [Symbol.toStringTag]() { return "BTag"; } }
class C { static [Symbol.toStringTag] = "CStatic"; }
const n = Object.create(null);
n[Symbol.toStringTag] = "NullTag";
n.v = 2;
function F() {}
F[Symbol.toStringTag] = "FnTag";
const same = { [Symbol.toStringTag]: "Object" };
class D { [Symbol.toStringTag] = "D"; }
for (const v of [a, new B(), C, n, F, same, new D()]) {
  console.log(v);
  console.log(Object.prototype.toString.call(v));
}
