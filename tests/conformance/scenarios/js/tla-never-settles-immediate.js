// Top-level await of a never-settling promise with nothing else pending: immediate "Top-level await promise never resolved" error, exit 1.
console.log("before");
Promise.resolve().then(() => console.log("microtask still runs"));
await new Promise(() => {});
console.log("never");
