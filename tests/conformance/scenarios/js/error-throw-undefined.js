// Throwing undefined at top level: "error: Uncaught undefined", exit 1.
console.log("throwing undefined");
throw undefined;
