// console.trace prints "Trace: ..." and a stack to stderr (formatting args), from top level, a function and a timer, interleaved with stdout.
console.log("before");
console.trace();
console.trace("with %s", "format", { obj: 1 });
function inner() { console.trace("from function"); }
inner();
setTimeout(() => {
  console.trace("from timer");
  console.log("after timer trace");
}, 1);
console.log("after");
