// Set.prototype.{union,intersection,difference,symmetricDifference,isSubsetOf,isSupersetOf,isDisjointFrom}.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const A = new Set([1, 2, 3, 4]);
const B = new Set([3, 4, 5]);
for (const m of ["union", "intersection", "difference", "symmetricDifference", "isSubsetOf", "isSupersetOf", "isDisjointFrom"]) {
  show(m, () => [A[m](B), B[m](A), A[m](new Set()), new Set()[m](A), A[m](A)]);
}
show("map as set-like", () => new Set(["a", "z"]).intersection(new Map([["a", 1], ["b", 2]])));
show("-0", () => [...new Set([0]).union(new Set([-0]))].map((x) => Object.is(x, -0)));
show("-0 keys", () => [...new Set().union({ size: 1, has: () => false, keys: () => [-0].values() })].map((x) => Object.is(x, -0)));
// Observable calls on a logging set-like.
function setLike(values, size = values.length, log = []) {
  return {
    get size() { log.push("size"); return size; },
    get has() { log.push("get has"); return (v) => { log.push(`has(${v})`); return values.includes(v); }; },
    get keys() {
      log.push("get keys");
      return () => {
        log.push("keys()");
        let i = 0;
        return {
          get next() {
            log.push("get next");
            return () => {
              log.push("next()");
              return i < values.length ? { done: false, value: values[i++] } : { done: true, value: undefined };
            };
          },
          return() { log.push("return()"); return {}; },
        };
      };
    },
    log,
  };
}
for (const m of ["union", "intersection", "difference", "symmetricDifference", "isSubsetOf", "isSupersetOf", "isDisjointFrom"]) {
  for (const [mine, other, size] of [[[1, 2], [2, 3], undefined], [[1, 2, 3], [2], undefined], [[1], [1, 2], 5], [[5, 6], [7], 1]]) {
    const o = setLike(other, size);
    let r;
    try {
      r = new Set(mine)[m](o);
    } catch (e) {
      r = `THROW ${e.message}`;
    }
    console.log(m, JSON.stringify(mine), JSON.stringify(other), size, r, o.log.join(" "));
  }
}
show("this not set", () => Set.prototype.union.call({}, new Set()));
show("this map", () => Set.prototype.isSubsetOf.call(new Map(), new Set()));
for (const other of [1, null, "abc", undefined, {}, [1], { size: "x", has() {}, keys() {} }, { size: -1, has() {}, keys() {} },
  { size: -1.5, has() {}, keys() {} }, { size: -Infinity, has() {}, keys() {} }, { size: 10n, has() {}, keys() {} },
  { size: 1, has: 1, keys() {} }, { size: 1, has() {}, keys: {} }, { size: 1, has() {}, keys() { return 1; } },
  { size: 1, has() {}, keys() { return { next() { return 1; } }; } }, { size: Infinity, has: () => true, keys() {} }]) {
  const label = Deno.inspect(other, { compact: true, breakLength: Infinity });
  show(`union(${label})`, () => new Set([1]).union(other));
  show(`isSubsetOf(${label})`, () => new Set([1]).isSubsetOf(other));
}
show("mutation during has", () => {
  const s = new Set([1, 2, 3]);
  const seen = [];
  const r = s.intersection({ size: 10, has(v) { seen.push(v); if (v === 1) { s.delete(2); s.add(4); } return true; }, keys() {} });
  return [r, seen];
});
show("subclass result", () => {
  class MySet extends Set {}
  const r = new MySet([1]).union(new Set([2]));
  return [r.constructor.name, r instanceof MySet];
});
for (const m of ["union", "intersection", "difference", "symmetricDifference", "isSubsetOf", "isSupersetOf", "isDisjointFrom"]) {
  const d = Object.getOwnPropertyDescriptor(Set.prototype, m);
  console.log(m, d.value.length, d.writable, d.enumerable, d.configurable, d.value);
}
