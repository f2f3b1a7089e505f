const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
for (const s of ["", "a.b*c", "1+1=2", "_under", "abc", "Zed", "9lives", "(x)[y]{z}|^$\\/?", "a-b,c=d<e>f#g&h!i%j:k;l@m~n'o`p\"q",
  "tab\there", "nl\nvt\vff\fcr\r", " space", "\u00a0nbsp", "\u2028\u2029", "\ufeff", "\u3000ideo", "é", "😀smile", "\ud800lone", "lone\udc00",
  "\u1680\u2000\u200a\u202f\u205f", "x".repeat(3) + "."]) {
  show(JSON.stringify(s), () => RegExp.escape(s));
}
show("usable", () => new RegExp(RegExp.escape("a.b*c?")).test("xa.b*c?y"));
show("usable 2", () => "1+1=2 and 1x1".replace(new RegExp(RegExp.escape("1+1=2"), "g"), "sum"));
for (const v of [1, null, undefined, {}, new String("x"), Symbol(), ["a"]]) show(`escape(${typeof v})`, () => RegExp.escape(v));
show("descriptor", () => Object.getOwnPropertyDescriptor(RegExp, "escape"));
console.log(RegExp.escape, RegExp.escape.length, String(RegExp.escape));
show("new", () => new RegExp.escape("x"));
show("flags", () => [/a/gimsuyd.flags, RegExp.prototype.flags]);
