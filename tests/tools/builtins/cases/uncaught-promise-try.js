// Promise.try rejection without a handler: Deno's unhandled rejection report.
console.log("start");
Promise.try(() => {
  throw new TypeError("from Promise.try");
});
setTimeout(() => console.log("never printed"), 50);
