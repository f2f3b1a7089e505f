// Functions and classes: named, anonymous, arrow, async, generator, bound, class, subclass, functions with properties, inside objects.
function named() {}
const anon = function () {};
const arrow = () => {};
async function asyncFn() {}
function* genFn() {}
async function* asyncGenFn() {}
class Plain {}
class Child extends Plain {}
const AnonClass = class {};
const bound = named.bind(null);
named.prop = "value";
console.log(named, anon, arrow);
console.log(asyncFn, genFn, asyncGenFn);
console.log(Plain, Child, AnonClass);
console.log(bound);
console.log({ named, arrow: () => 1, method() {}, Plain });
console.log([function () {}, class {}]);
console.log(Math.max, Array, Object.prototype.toString);
console.log(new Plain(), new Child());
class WithFields { x = 1; #hidden = 2; static s = 3; get g() { return 4; } }
console.log(new WithFields(), WithFields);
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }));
