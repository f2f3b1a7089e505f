// Object.groupBy / Map.groupBy: grouping, key coercion, iteration protocol and errors.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const inventory = [
  { name: "asparagus", type: "vegetables", quantity: 5 },
  { name: "bananas", type: "fruit", quantity: 0 },
  { name: "goat", type: "meat", quantity: 23 },
  { name: "cherries", type: "fruit", quantity: 5 },
  { name: "fish", type: "meat", quantity: 22 },
];
show("Object.groupBy", () => Object.groupBy(inventory, ({ type }) => type));
show("Map.groupBy", () => Map.groupBy(inventory, ({ quantity }) => (quantity < 6 ? "restock" : "sufficient")));
show("indices", () => Object.groupBy(["a", "b", "c"], (v, i) => i % 2));
show("symbol keys", () => {
  const s = Symbol("s");
  return Object.groupBy([1, 2], () => s);
});
show("object key coerced", () => Object.groupBy([1], () => ({ toString() { return "k"; } })));
show("-0 map", () => [...Map.groupBy([1, 2], (v) => (v === 1 ? -0 : 0)).keys()].map((k) => Object.is(k, -0)));
show("NaN map", () => Map.groupBy([1, 2], () => NaN).get(NaN));
show("object map keys", () => {
  const k = {};
  return Map.groupBy([1, 2, 3], (v) => (v === 2 ? {} : k)).size;
});
show("string", () => Object.groupBy("hello", (c) => c));
show("set", () => Map.groupBy(new Set([1, 2, 3, 4]), (v) => v % 2 === 0));
show("proto null", () => Object.getPrototypeOf(Object.groupBy([], (x) => x)));
show("number keys order", () => Object.keys(Object.groupBy([3, 1, 2, "b", "a"], (x) => x)));
show("generator", () => Object.groupBy((function* () { yield 1; yield 2; yield 3; })(), (x) => (x > 1 ? "big" : "small")));
show("null items", () => Object.groupBy(null, (x) => x));
show("undefined items", () => Map.groupBy(undefined, (x) => x));
show("callback 1", () => Object.groupBy([], 1));
show("callback missing", () => Object.groupBy([]));
show("map callback string", () => Map.groupBy([], "x"));
show("not iterable", () => Map.groupBy({}, (x) => x));
show("number", () => Object.groupBy(5, (x) => x));
show("iterator 1", () => Map.groupBy({ [Symbol.iterator]: 1 }, (x) => x));
show("iterator returns 1", () => Map.groupBy({ [Symbol.iterator]() { return 1; } }, (x) => x));
show("next returns 1", () => Object.groupBy({ [Symbol.iterator]() { return { next() { return 1; } }; } }, (x) => x));
show("callback throws closes", () => {
  const log = [];
  const it = {
    [Symbol.iterator]() {
      return {
        next() { log.push("next"); return { done: false, value: 1 }; },
        return() { log.push("return"); return {}; },
      };
    },
  };
  try {
    Object.groupBy(it, () => { throw new Error("boom"); });
  } catch (e) {
    log.push(e.message);
  }
  return log;
});
show("toString throws closes", () => {
  const log = [];
  const it = {
    [Symbol.iterator]() {
      return { next() { return { done: false, value: 1 }; }, return() { log.push("return"); return {}; } };
    },
  };
  try {
    Object.groupBy(it, () => ({ toString() { throw new Error("key"); } }));
  } catch (e) {
    log.push(e.message);
  }
  return log;
});
show("descriptors", () => [Object.getOwnPropertyDescriptor(Object, "groupBy"), Object.groupBy.length, Map.groupBy.length, Map.groupBy.name]);
console.log(Object.groupBy, Map.groupBy, String(Map.groupBy));
show("new", () => new Object.groupBy([], (x) => x));
