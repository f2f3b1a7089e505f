// Throwing a non-Error value (a string) from a timer callback: "error: Uncaught <value>", exit 1.
setTimeout(() => {
  console.log("throwing a string");
  throw "just a string";
}, 1);
setTimeout(() => console.log("never"), 40);
