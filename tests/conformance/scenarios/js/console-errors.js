// Error objects printed with console.log: plain, subclasses, extra properties, cause, inside arrays/objects, non-standard name.
console.log(new Error("plain error"));
console.log(new TypeError("type error"));
const withProps = new RangeError("with props");
withProps.code = "E_RANGE";
withProps.details = { limit: 10 };
console.log(withProps);
console.log(new Error("outer", { cause: new Error("inner cause") }));
console.log([new Error("in array")]);
console.log({ err: new Error("in object") });
class MyError extends Error {
  constructor(msg) { super(msg); this.name = "MyError"; }
}
console.log(new MyError("custom"));
const noStack = new Error("stack removed");
noStack.stack = undefined;
console.log(noStack);
const customStack = new Error("ignored message");
customStack.stack = "CustomStack: replaced entirely";
console.log(customStack);
console.log(String(new Error("stringified")), `${new TypeError("template")}`);
console.log(new AggregateError([new Error("a"), new Error("b")], "many"));
const e = new Error("message only");
console.log(e.message, e.name, e instanceof Error);
