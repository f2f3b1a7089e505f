// Getters under console.log/console.dir: not invoked by default; throwing getters, accessor pairs, Proxy objects and class instances with getters.
class Temp {
  #c = 21;
  get doubled() { return this.#c * 2; }
}
const o = {
  get plain() { return 1; },
  set onlySetter(v) {},
  get both() { return 2; },
  set both(v) {},
  get throwing() { throw new Error("no"); },
};
console.log(o);
console.dir(o);
console.log(new Temp());
console.log(new Proxy({ a: 1 }, { get() { throw new Error("proxy trap"); } }));
console.log(new Proxy([1, 2], {}));
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity });
console.dir("string via dir");
