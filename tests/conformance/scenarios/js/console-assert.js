// console.assert: passing assertions print nothing; failing ones print "Assertion failed" (with format args, objects, no message) to stderr, interleaved with stdout.
console.log("start");
console.assert(true, "never printed");
console.assert(1 === 1);
console.assert(false);
console.assert(false, "plain message");
console.assert(0, "formatted %s and %d", "str", 42);
console.assert("", { obj: [1, 2] }, "extra");
console.assert(null, new Error("error as message"));
console.assert(undefined, "%o", { a: 1 });
console.log("end");
