// JSON.rawJSON / JSON.isRawJSON, JSON.stringify of raw JSON, and JSON.parse's reviver context.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
for (const s of ["1", "-0", "1E3", "1.5e3", "1e1000", "123456789012345678901234567890", "true", "false", "null", '"x"', '"\\ud800"', '"\\u0041"',
  "", " ", "1 ", "\t1", "\n1", "01", "1.", "-", "1e", "1e+", ".5", "+1", "tru", "truex", "nul", '"abc', '"a\\x"', '"\u0001"', '"\\u12"',
  '"\\uZZZZ"', "1 2", "{", "]", "{}", "[1]", '"a"b', "123abc", "nope", "NaN", "Infinity", "x".repeat(30), "{" + "x".repeat(30)]) {
  show(`rawJSON(${JSON.stringify(s)})`, () => JSON.rawJSON(s));
}
show("rawJSON(1)", () => JSON.rawJSON(1));
show("rawJSON(symbol)", () => JSON.rawJSON(Symbol()));
show("rawJSON(object)", () => JSON.rawJSON({ toString() { return "7"; } }));
const raw = JSON.rawJSON("1e1000");
show("shape", () => [Object.isFrozen(raw), Object.getPrototypeOf(raw), Object.getOwnPropertyDescriptors(raw), raw.rawJSON]);
show("isRawJSON", () => [JSON.isRawJSON(raw), JSON.isRawJSON({ rawJSON: "1" }), JSON.isRawJSON(Object.freeze(Object.assign(Object.create(null), { rawJSON: "1" }))), JSON.isRawJSON(), JSON.isRawJSON(1)]);
show("stringify", () => JSON.stringify({ big: JSON.rawJSON("12345678901234567890"), arr: [JSON.rawJSON('"s"'), JSON.rawJSON("null")] }));
show("stringify top", () => JSON.stringify(JSON.rawJSON("1.50")));
show("stringify indent", () => JSON.stringify({ a: [JSON.rawJSON("1"), 2] }, null, 2));
show("stringify replacer", () => JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === "a" ? JSON.rawJSON("1.0") : v)));
show("stringify replacer this", () => JSON.stringify({ a: JSON.rawJSON("3") }, function (k, v) { return k === "" ? v : v; }));
show("stringify toJSON", () => JSON.stringify({ a: { toJSON() { return JSON.rawJSON("9e9"); } } }));
show("stringify map of raw", () => JSON.stringify([raw, raw]));
show("stringify other", () => [JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify("s"), JSON.stringify({ a: undefined }), JSON.stringify([undefined])]);
show("stringify cycle", () => { const o = {}; o.o = o; return JSON.stringify(o); });
show("parse source", () => {
  const seen = [];
  JSON.parse('{"a": [1, "x", {"b": true}], "n": -1.50e2, "z": null}', function (k, v, ctx) {
    seen.push(`${JSON.stringify(k)} ${JSON.stringify(v)} ${JSON.stringify(ctx)} ${this === undefined}`);
    return v;
  });
  return seen;
});
show("parse big ints", () => JSON.parse('{"id": 12345678901234567890}', (k, v, { source }) => (typeof v === "number" ? BigInt(source) : v)));
show("parse modified value", () => {
  const seen = [];
  JSON.parse("[1, 2]", function (k, v, ctx) {
    if (k === "0") this[1] = 5;
    seen.push([k, v, ctx]);
    return v;
  });
  return seen;
});
show("parse replaced object", () => {
  const seen = [];
  JSON.parse('{"a": {"b": 1}, "c": 2}', function (k, v, ctx) {
    if (k === "a") this.c = 3;
    seen.push([k, v, ctx]);
    return v;
  });
  return seen;
});
show("parse deletes", () => JSON.parse('{"a": 1, "b": 2}', (k, v) => (k === "a" ? undefined : v)));
show("parse reviver args", () => { let n; JSON.parse("1", function () { n = arguments.length; }); return n; });
show("parse duplicate keys", () => { const seen = []; JSON.parse('{"a": 1, "a": 2}', (k, v, c) => { seen.push([k, v, c]); return v; }); return seen; });
show("parse strings", () => { const seen = []; JSON.parse('["\\u0041", "a\\nb"]', (k, v, c) => { seen.push(c); return v; }); return seen; });
show("parse without reviver", () => JSON.parse('{"x": [1]}'));
show("parse non-callable reviver", () => JSON.parse("[1]", 5));

show("parse error message", () => { try { JSON.parse("[1,]", (k, v) => v); } catch (e) { return e.constructor.name; } });
for (const k of ["rawJSON", "isRawJSON", "stringify", "parse"]) {
  const d = Object.getOwnPropertyDescriptor(JSON, k);
  console.log(k, d.value.length, d.writable, d.enumerable, d.configurable, d.value);
}
