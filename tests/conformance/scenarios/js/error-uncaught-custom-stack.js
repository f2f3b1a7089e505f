// An uncaught Error whose stack property was replaced by a custom string: the report uses it (and how the source line is shown), exit 1.
const e = new Error("real message");
e.stack = "CustomError: totally custom stack text\n    at imaginary (nowhere.js:1:1)";
setTimeout(() => { throw e; }, 1);
