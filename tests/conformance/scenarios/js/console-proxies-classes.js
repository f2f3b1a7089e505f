// console.log of proxies (object, function, revoked), class instances with getters, static members, symbols as keys.
class Point {
  #secret = 1;
  static origin = new Point(0, 0);
  static #count = 0;
  constructor(x, y) { this.x = x; this.y = y; }
  get len() { return Math.hypot(this.x, this.y); }
  [Symbol.for("tag")] = "sym";
  static { Point.loaded = true; }
}
console.log(new Point(3, 4));
console.log(Point);
console.log(Object.getOwnPropertyNames(Point).sort());
console.log(new Proxy({ a: 1 }, { get: () => "trapped" }));
console.log(new Proxy(function named() {}, {}));
const r = Proxy.revocable({}, {});
r.revoke();
console.log(r.proxy);
console.log({ [Symbol("s")]: 1, [Symbol.iterator]: 2, normal: 3 });
class Empty {}
console.log(new Empty(), Object.create(null), Object.create(Empty.prototype));
class Sub extends Point { constructor() { super(1, 1); this.z = 1; } }
console.log(new Sub());
