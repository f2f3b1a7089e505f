// The Iterator global: constructor, prototype accessors, Iterator.from, Iterator.concat, Symbol.dispose.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
console.log(Iterator, typeof Iterator, Iterator.length, Iterator.name, String(Iterator));
console.log(Object.getOwnPropertyDescriptor(globalThis, "Iterator"));
console.log(Object.getOwnPropertyDescriptor(Iterator, "prototype"));
console.log(Iterator.prototype === Object.getPrototypeOf(Object.getPrototypeOf([].values())));
console.log(Iterator.prototype, Object.getOwnPropertyNames(Iterator.prototype), Object.getOwnPropertySymbols(Iterator.prototype));
show("new Iterator", () => new Iterator());
show("Iterator()", () => Iterator());
class Counter extends Iterator {
  #i = 0;
  next() {
    return this.#i < 3 ? { value: this.#i++, done: false } : { value: undefined, done: true };
  }
}
show("subclass", () => [new Counter() instanceof Iterator, new Counter().map((x) => x * 2).toArray(), String(new Counter()), new Counter()]);
show("instanceof", () => [[].values() instanceof Iterator, new Map().keys() instanceof Iterator, (function* () {})() instanceof Iterator, "".matchAll(/a/g) instanceof Iterator]);
show("constructor", () => [Iterator.prototype.constructor === Iterator, [].values().constructor === Iterator]);
show("toStringTag", () => [Iterator.prototype[Symbol.toStringTag], Object.prototype.toString.call(Iterator.prototype)]);
const ctorDesc = Object.getOwnPropertyDescriptor(Iterator.prototype, "constructor");
const tagDesc = Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag);
console.log(ctorDesc, tagDesc, ctorDesc.get.name, ctorDesc.set.name, tagDesc.get.name, tagDesc.set.name);
show("set constructor on prototype", () => { Iterator.prototype.constructor = 1; });
show("set tag on prototype", () => { Iterator.prototype[Symbol.toStringTag] = 1; });
show("set on instance", () => {
  const o = Object.create(Iterator.prototype);
  o.constructor = 5;
  o[Symbol.toStringTag] = "Mine";
  return [Object.getOwnPropertyDescriptor(o, "constructor"), String(o), o];
});
show("set existing own", () => {
  const o = Object.create(Iterator.prototype);
  Object.defineProperty(o, "constructor", { value: 1, writable: false, configurable: true });
  o.constructor = 2;
});
show("setter non-object", () => ctorDesc.set.call(1, 5));
show("tag setter non-object", () => tagDesc.set.call(undefined, 5));
// Iterator.from
show("from array", () => Iterator.from([1, 2]).toArray());
show("from string", () => Iterator.from("ab").toArray());
show("from String object", () => Iterator.from(new String("xy")).next());
show("from iterator returns same", () => { const it = [1].values(); return Iterator.from(it) === it; });
const plain = { i: 0, next() { return this.i < 2 ? { value: this.i++, done: false } : { done: true }; } };
const wrapped = Iterator.from(plain);
show("from plain iterator", () => [wrapped instanceof Iterator, wrapped === plain, wrapped, wrapped.map((x) => x + 1).toArray()]);
const WrapProto = Object.getPrototypeOf(wrapped);
show("wrapper proto", () => [Object.getOwnPropertyNames(WrapProto), Object.getPrototypeOf(WrapProto) === Iterator.prototype, WrapProto]);
show("wrapper return without return", () => Iterator.from({ next() {} }).return());
show("wrapper return", () => Iterator.from({ next() {}, return() { return "R"; } }).return());
show("wrapper next bad receiver", () => WrapProto.next.call({}));
show("wrapper return bad receiver", () => WrapProto.return.call({}));
show("from iterable with next getter", () => {
  const log = [];
  Iterator.from({ get next() { log.push("get next"); return () => ({ done: true }); } });
  return log;
});
for (const v of [null, undefined, 5, Symbol(), true, {}, { next: 1 }, { [Symbol.iterator]() { return 1; } }, { [Symbol.iterator]: 1 }]) {
  show(`from(${typeof v === "object" && v !== null ? JSON.stringify(Object.keys(v)) : String(v)})`, () => Iterator.from(v));
}
// Iterator.concat
show("concat", () => Iterator.concat([1, 2], new Set([3]), "ab".split("")).toArray());
show("concat none", () => Iterator.concat().toArray());
show("concat lazy", () => {
  const log = [];
  const it = Iterator.concat({ [Symbol.iterator]() { log.push("open 1"); return [1].values(); } }, { [Symbol.iterator]() { log.push("open 2"); return [2].values(); } });
  log.push("created");
  log.push(it.next().value, it.next().value, it.next().done);
  return log;
});
show("concat return closes current", () => {
  const log = [];
  const inner = { next() { return { value: 1, done: false }; }, return() { log.push("closed"); return {}; } };
  const it = Iterator.concat({ [Symbol.iterator]() { return inner; } });
  it.next();
  it.return();
  return log;
});
show("concat result object", () => {
  const r = { value: 1, done: false, extra: 1 };
  const x = Iterator.concat({ [Symbol.iterator]() { return { next() { return r; } }; } }).next();
  return [x === r, x];
});
for (const v of [1, "ab", null, {}, { [Symbol.iterator]: 1 }]) {
  show(`concat(${JSON.stringify(v)})`, () => Iterator.concat([], v));
}
show("concat iterator non-object", () => Iterator.concat({ [Symbol.iterator]() { return 1; } }).next());
show("concat", () => Iterator.concat([1]));
// Symbol.dispose on iterators
show("dispose", () => {
  const log = [];
  const it = { __proto__: Iterator.prototype, next() {}, return(...args) { log.push(`return(${args.length})`); return {}; } };
  return [it[Symbol.dispose](), log];
});
show("dispose no return", () => [1].values()[Symbol.dispose]());
show("dispose generator", () => {
  const g = (function* () { try { yield 1; } finally { console.log("  generator cleanup"); } })();
  g.next();
  g[Symbol.dispose]();
  return g.next();
});
console.log(Iterator.prototype[Symbol.dispose], Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.dispose));
console.log(Iterator.from, Iterator.concat, Iterator.from.length, Iterator.concat.length);
