// An Error rejection never handled: "error: Uncaught (in promise) Error: ..." with stack, exit 1, the pending timer never runs.
console.log("start");
setTimeout(() => console.log("never: 60 ms timer"), 60);
Promise.resolve().then(() => console.log("microtask before the report"));
Promise.reject(new Error("nobody catches me"));
console.log("end of script");
