// Iterator.prototype helpers: laziness, values, counters, closing, errors and inspection.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
function* gen(n) {
  try {
    for (let i = 1; i <= n; i++) {
      console.log(`  gen yields ${i}`);
      yield i;
    }
  } finally {
    console.log("  gen finally");
  }
}
show("map", () => gen(3).map((x, i) => `${x}/${i}`).toArray());
show("filter", () => gen(5).filter((x, i) => x % 2 && i >= 0).toArray());
show("take", () => gen(5).take(2).toArray());
show("take(0)", () => gen(5).take(0).toArray());
show("drop", () => gen(4).drop(2).toArray());
show("drop(Infinity)", () => gen(2).drop(Infinity).toArray());
show("take(Infinity)", () => gen(2).take(Infinity).toArray());
show("flatMap", () => gen(3).flatMap((x) => [x, x * 10]).toArray());
show("flatMap string obj", () => [1].values().flatMap(() => new String("ab")).toArray());
show("flatMap iterator", () => [1, 2].values().flatMap((x) => gen(x)).toArray());
show("reduce", () => gen(4).reduce((a, b) => a + b));
show("reduce init", () => gen(3).reduce((a, b, i) => `${a}${b}${i}`, ">"));
show("reduce empty", () => gen(0).reduce((a, b) => a + b));
show("reduce empty init", () => gen(0).reduce((a, b) => a + b, "init"));
show("forEach", () => gen(2).forEach((x, i) => console.log("  each", x, i)));
show("some", () => gen(5).some((x) => x === 2));
show("some none", () => gen(2).some((x) => x > 9));
show("every", () => gen(5).every((x) => x < 3));
show("every all", () => gen(2).every((x) => x > 0));
show("find", () => gen(5).find((x) => x > 2));
show("find none", () => gen(2).find((x) => x > 9));
show("toArray", () => new Map([[1, 2]]).entries().toArray());
show("chained", () => gen(10).filter((x) => x % 2).map((x) => x * x).drop(1).take(2).toArray());
// Laziness and the protocol, step by step.
{
  const it = gen(3).map((x) => x * 2);
  console.log("created");
  console.log(it.next());
  console.log(it.return());
  console.log(it.next());
}
{
  const it = gen(3).take(1);
  console.log(it.next(), it.next(), it.next());
}
{
  const log = [];
  const under = {
    __proto__: Iterator.prototype,
    i: 0,
    get next() { log.push("get next"); return () => { log.push("next"); return { done: this.i >= 2, value: this.i++ }; }; },
    return() { log.push("return"); return {}; },
  };
  const m = under.map((x) => x);
  log.push("mapped");
  m.next();
  m.return();
  m.return();
  console.log(log.join(", "));
}
{
  const log = [];
  const under = { __proto__: Iterator.prototype, next() { return { done: false, value: 1 }; }, return() { log.push("return"); return {}; } };
  const m = under.filter(() => true);
  console.log(m.return(), log, m.next());
}
show("return start non-object", () => ({ __proto__: Iterator.prototype, next() {}, return() { return 1; } }).map((x) => x).return());
show("return throws", () => {
  const m = ({ __proto__: Iterator.prototype, next() { return { value: 1, done: false }; }, return() { throw new Error("ret"); } }).map((x) => x);
  m.next();
  return m.return();
});
show("reentrant next", () => {
  const it = [1, 2].values().map(() => it.next());
  return it.next();
});
show("reentrant return", () => {
  const it = [1, 2].values().map(() => it.return());
  return it.next();
});
show("mapper throws closes", () => {
  const log = [];
  const under = { __proto__: Iterator.prototype, next() { return { value: 1, done: false }; }, return() { log.push("closed"); return {}; } };
  try {
    under.map(() => { throw new Error("mapper"); }).next();
  } catch (e) {
    log.push(e.message);
  }
  return log;
});
show("next throws does not close", () => {
  const log = [];
  const under = { __proto__: Iterator.prototype, next() { throw new Error("next"); }, return() { log.push("closed"); return {}; } };
  try {
    under.map((x) => x).next();
  } catch (e) {
    log.push(e.message);
  }
  return log;
});
show("flatMap return closes inner and outer", () => {
  const log = [];
  const inner = { next() { return { value: "i", done: false }; }, return() { log.push("inner closed"); return {}; }, [Symbol.iterator]() { return this; } };
  const outer = { __proto__: Iterator.prototype, next() { return { value: 1, done: false }; }, return() { log.push("outer closed"); return {}; } };
  const fm = outer.flatMap(() => inner);
  fm.next();
  fm.return();
  return log;
});
// Argument validation closes the receiver.
for (const [name, args] of [["map", [1]], ["filter", ["s"]], ["flatMap", [null]], ["forEach", [undefined]], ["some", [{}]],
  ["every", [2n]], ["find", [Symbol()]], ["reduce", [1]], ["take", [NaN]], ["take", [-1]], ["drop", [-0.5]], ["drop", ["abc"]],
  ["take", [{ valueOf() { throw new Error("valueOf"); } }]], ["take", [Symbol()]], ["take", [1n]], ["drop", [-Infinity]]]) {
  const log = [];
  const under = { __proto__: Iterator.prototype, next() { return { value: 1, done: false }; }, return() { log.push("closed"); return {}; } };
  show(`${name}(${String(args[0])})`, () => {
    try {
      return Iterator.prototype[name].apply(under, args);
    } finally {
      console.log("  ", log);
    }
  });
}
for (const name of ["map", "filter", "take", "drop", "flatMap", "reduce", "toArray", "forEach", "some", "every", "find"]) {
  show(`${name} on non-object`, () => Iterator.prototype[name].call(1, () => {}));
}
show("map on plain object", () => Iterator.prototype.map.call({}, (x) => x).next());
show("next result non-object", () => Iterator.from({ next() { return 5; } }).map((x) => x).next());
show("flatMap non-iterable", () => [1].values().flatMap(() => 1).next());
show("flatMap string", () => [1].values().flatMap(() => "ab").next());
show("flatMap plain object", () => [1].values().flatMap(() => ({})).next());
show("flatMap iterator non-object", () => [1].values().flatMap(() => ({ [Symbol.iterator]() { return 1; } })).next());
show("flatMap iterator not callable", () => [1].values().flatMap(() => ({ [Symbol.iterator]: 1 })).next());
const helper = [].values().map((x) => x);
const HelperProto = Object.getPrototypeOf(helper);
show("helper next bad receiver", () => HelperProto.next.call({}));
show("helper return bad receiver", () => HelperProto.return.call([].values()));
console.log(helper, HelperProto, Object.getPrototypeOf(HelperProto) === Iterator.prototype);
console.log(Object.getOwnPropertyNames(HelperProto), HelperProto[Symbol.toStringTag], String(helper));
console.log(Object.getOwnPropertyDescriptor(HelperProto, Symbol.toStringTag));
console.log(Object.prototype.toString.call(helper), helper instanceof Iterator, typeof helper.next);
for (const name of ["map", "filter", "take", "drop", "flatMap", "reduce", "toArray", "forEach", "some", "every", "find"]) {
  const d = Object.getOwnPropertyDescriptor(Iterator.prototype, name);
  console.log(name, d.value.length, d.writable, d.enumerable, d.configurable, d.value, String(d.value));
}
