// console.log of classes with private fields/methods, static blocks, accessors (get/set/getter-only/setter-only), and instance accessor fields.
class A {
  #p = 1;
  #m() {}
  static #sp = 2;
  static s = 3;
  static { this.fromBlock = "yes"; }
  get onlyGet() { return 1; }
  set onlySet(v) {}
  get both() { return 1; }
  set both(v) {}
}
const a = new A();
Object.defineProperty(a, "ownGet", { get() { return 5; }, enumerable: true });
Object.defineProperty(a, "ownSet", { set(v) {}, enumerable: true });
Object.defineProperty(a, "ownBoth", { get() { return 5; }, set(v) {}, enumerable: true });
Object.defineProperty(a, "hidden", { value: 1, enumerable: false });
console.log(a);
console.log(A);
console.dir(a, { getters: true });
console.log(Object.getOwnPropertyNames(A.prototype));
