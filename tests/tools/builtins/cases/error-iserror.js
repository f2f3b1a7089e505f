// Error.isError and SuppressedError.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
class MyError extends TypeError {}
const tagged = new Error("t");
tagged[Symbol.toStringTag] = "Nope";
const values = [new Error("x"), new TypeError("x"), new MyError("x"), new AggregateError([]), new DOMException("x"),
  new SuppressedError(1, 2), Object.create(Error.prototype), { name: "Error", message: "x" }, tagged, null, undefined, 1, "Error",
  Error, Error.prototype, new Proxy(new Error("p"), {})];
show("isError", () => values.map((v) => Error.isError(v)));
show("no args", () => Error.isError());
const d = Object.getOwnPropertyDescriptor(Error, "isError");
console.log(d.writable, d.enumerable, d.configurable, Error.isError.length, Error.isError);
const s = new SuppressedError(new Error("inner"), new RangeError("outer"), "msg");
console.log(s.name, s.message, s.error.message, s.suppressed.message, s instanceof Error, Object.getOwnPropertyNames(s));
console.log(Object.getOwnPropertyDescriptor(s, "error"), Object.getOwnPropertyDescriptor(s, "message"));
console.log(Object.getOwnPropertyNames(SuppressedError(1, 2)), SuppressedError.length, SuppressedError.name);
console.log(Object.getPrototypeOf(SuppressedError) === Error, Object.getPrototypeOf(SuppressedError.prototype) === Error.prototype);
console.log(SuppressedError.prototype.name, JSON.stringify(SuppressedError.prototype.message), Object.prototype.toString.call(s));
console.log(new SuppressedError(1, 2, { toString() { return "coerced"; } }).message);
console.log(s);
console.log([s]);
console.log(SuppressedError);
class Sub extends SuppressedError {
  constructor() {
    super("e", "s", "sub message");
    this.name = "Sub";
  }
}
const sub = new Sub();
console.log(sub instanceof SuppressedError, sub.error, sub.suppressed, String(sub));
console.log(Object.getOwnPropertyDescriptor(globalThis, "SuppressedError"));
