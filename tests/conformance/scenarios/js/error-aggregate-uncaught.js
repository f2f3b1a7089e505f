// A synchronously thrown AggregateError at top level (with nested errors and a cause): how Deno reports it, exit 1.
console.log("start");
throw new AggregateError(
  [new Error("inner one"), new TypeError("inner two"), "not an error"],
  "several things failed",
  { cause: new Error("root cause") },
);
