// Throwing a plain object at top level prints it inspected after "error: Uncaught (in promise)" (module evaluation rejects), exit 1.
console.log("before");
throw { code: 42, message: "plain object", nested: { deep: [1, 2, 3] } };
