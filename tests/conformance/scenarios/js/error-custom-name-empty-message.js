// Uncaught Error subclass whose name is set on the prototype and whose message is empty, printed and then thrown from a timer.
class ValidationError extends Error {}
ValidationError.prototype.name = "ValidationError";
const e1 = new ValidationError("");
console.log(e1);
console.log(String(e1), "|", e1.message === "");
const e2 = new Error("has message");
e2.name = "";
console.log(String(e2));
console.log(e2);
const e3 = new Error();
e3.name = "Custom";
console.log(e3);
setTimeout(() => {
  throw new ValidationError("");
}, 1);
