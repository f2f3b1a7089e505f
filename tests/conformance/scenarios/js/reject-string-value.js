// An unhandled rejection with a string value: error: Uncaught (in promise) "..." (quoted), exit 1.
console.log("start");
new Promise((_, reject) => reject("a plain string reason"));
