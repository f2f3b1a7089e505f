// A timer callback creates an unhandled rejection and then throws: which of the two errors is reported, exit 1.
setTimeout(() => {
  console.log("timer: reject then throw");
  Promise.reject(new Error("rejection created first"));
  throw new Error("thrown second");
}, 1);
