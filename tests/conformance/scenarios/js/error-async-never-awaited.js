// An async function that throws synchronously before its first await and is never awaited: uncaught (in promise) after the sync code and queued microtasks, exit 1.
async function failing() {
  console.log("failing starts");
  throw new TypeError("async failure");
}
console.log("before call");
failing();
console.log("after call");
Promise.resolve().then(() => console.log("microtask 1")).then(() => console.log("microtask 2"));
setTimeout(() => console.log("never: timer"), 30);
