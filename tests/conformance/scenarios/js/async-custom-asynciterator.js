// A hand-written Symbol.asyncIterator object: next() returning plain objects, promises and thenables; return() on break; throw in next.
let i = 0;
const source = {
  [Symbol.asyncIterator]() {
    console.log("asyncIterator called");
    return {
      next() {
        i++;
        console.log("next", i);
        if (i === 1) return { value: "plain object", done: false };
        if (i === 2) return Promise.resolve({ value: "promise", done: false });
        if (i === 3) return { then(r) { r({ value: Promise.resolve("promise value not awaited?"), done: false }); } };
        return { value: "last", done: i > 4 };
      },
      return(v) {
        console.log("return called with", v);
        return { done: true, value: "ret" };
      },
    };
  },
};
const syncIterable = {
  [Symbol.iterator]() {
    let k = 0;
    return {
      next() { k++; return { value: k < 3 ? Promise.resolve(k * 10) : undefined, done: k >= 3 }; },
      return() { console.log("sync return"); return {}; },
    };
  },
};
(async () => {
  for await (const v of source) {
    console.log("value", v);
  }
  i = 0;
  for await (const v of source) {
    console.log("value again", v);
    if (i === 2) break;
  }
  for await (const v of syncIterable) console.log("sync-wrapped", v);
  const bad = { [Symbol.asyncIterator]() { return { next() { throw new Error("next threw"); } }; } };
  try {
    for await (const v of bad) console.log("never", v);
  } catch (e) {
    console.log("caught", e.message);
  }
  const badValue = { [Symbol.asyncIterator]() { return { next() { return 42; } }; } };
  try {
    for await (const v of badValue) console.log("never", v);
  } catch (e) {
    console.log("caught", e.constructor.name, e.message);
  }
})();
