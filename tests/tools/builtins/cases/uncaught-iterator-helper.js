// An error from inside an iterator helper's callback, uncaught in a microtask.
const it = [1, 2, 3].values().map((x) => {
  if (x === 2) throw new RangeError(`bad value ${x}`);
  return x;
});
queueMicrotask(() => {
  for (const v of it) console.log("value", v);
});
