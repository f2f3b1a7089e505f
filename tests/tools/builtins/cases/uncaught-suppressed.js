// An uncaught SuppressedError from DisposableStack.prototype.dispose.
const stack = new DisposableStack();
stack.defer(() => {
  throw new Error("first");
});
stack.defer(() => {
  throw new Error("second");
});
stack.dispose();
