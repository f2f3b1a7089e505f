// An argument error thrown by a polyfill, uncaught: the source line and caret of the call.
const data = [3, 1, 2];
console.log(data.toSorted());
  const sorted = data.toSorted("not a function");
console.log("not reached", sorted);
