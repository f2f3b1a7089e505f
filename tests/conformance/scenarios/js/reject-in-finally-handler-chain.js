// A rejection passes through then() without a rejection handler and finally(); the derived promise is what becomes unhandled, reported with the original error, exit 1.
const log = (s) => console.log(s);
Promise.reject(new Error("original"))
  .then(() => log("never"))
  .finally(() => log("finally runs"))
  .then(() => log("never 2"));
Promise.resolve().then(() => log("tick 1")).then(() => log("tick 2")).then(() => log("tick 3")).then(() => log("tick 4")).then(() => log("tick 5"));
