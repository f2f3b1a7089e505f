// String.prototype.isWellFormed / toWellFormed.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const samples = ["", "abc", "ab\uD800", "\uD800ab", "a\uDC00b", "\uD83D\uDE00", "\uDE00\uD83D", "\uD800\uD800\uDC00", "x\uDFFFy\uD800", "😀"];
for (const s of samples) {
  show(JSON.stringify(s), () => [s.isWellFormed(), JSON.stringify(s.toWellFormed()), s.toWellFormed().length]);
}
show("object this", () => String.prototype.toWellFormed.call({ toString() { return "a\uD800"; } }));
show("number this", () => String.prototype.isWellFormed.call(12));
show("null", () => String.prototype.isWellFormed.call(null));
show("undefined", () => String.prototype.toWellFormed.call(undefined));
show("symbol", () => String.prototype.isWellFormed.call(Symbol()));
show("same string", () => { const s = "abc"; return s.toWellFormed() === s; });
for (const m of ["isWellFormed", "toWellFormed"]) {
  const d = Object.getOwnPropertyDescriptor(String.prototype, m);
  console.log(m, d.value.length, d.writable, d.enumerable, d.configurable, d.value);
}
