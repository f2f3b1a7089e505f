// for await over a sync iterable whose values include a rejected promise: is the sync iterator closed (return called), and the ordering of the catch.
const log = (s) => console.log(s);
function makeIterable(label) {
  let i = 0;
  return {
    [Symbol.iterator]() {
      return {
        next() {
          i++;
          log(`${label} next ${i}`);
          if (i === 1) return { value: Promise.resolve("ok"), done: false };
          if (i === 2) return { value: Promise.reject(new Error("rejected value")), done: false };
          return { value: "after", done: i > 3 };
        },
        return() {
          log(`${label} return() called`);
          return { done: true };
        },
      };
    },
  };
}
(async () => {
  try {
    for await (const v of makeIterable("A")) log(`A got ${v}`);
  } catch (e) {
    log(`A caught ${e.message}`);
  }
  try {
    for await (const v of makeIterable("B")) {
      log(`B got ${v}`);
      break;
    }
  } catch (e) {
    log("never");
  }
  log("done");
})();
