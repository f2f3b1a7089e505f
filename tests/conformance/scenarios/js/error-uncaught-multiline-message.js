// An uncaught TypeError with a multi-line message and a non-enumerable name override, thrown inside a nested function call from a microtask.
function validate(input) {
  if (typeof input !== "number") {
    const err = new TypeError(`invalid input\n  expected: number\n  received: ${typeof input}`);
    throw err;
  }
}
queueMicrotask(() => validate("str"));
console.log("queued");
