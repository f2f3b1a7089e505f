// Throwing a Symbol from a timer callback: the uncaught report formats the symbol, exit 1.
setTimeout(() => {
  console.log("throwing a symbol");
  throw Symbol("my symbol");
}, 1);
