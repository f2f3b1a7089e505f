console.trace();
console.trace("msg", { a: 1 }, [1, 2]);
console.trace("%s=%d", "x", 5, "rest");
console.trace({ multi: "a".repeat(50), line: "b".repeat(50) });
console.group("grp");
console.trace("inside group");
console.group("grp2");
console.trace("multi\nline\nmessage");
console.groupEnd();
console.groupEnd();
class K {
  method() { console.trace("in method"); }
  static s() { new K().method(); }
}
K.s();
const obj = { get g() { console.trace("in getter"); return 1; } };
obj.g;
[1].forEach(function cb() { console.trace("in forEach"); });
async function af() { await null; console.trace("after await"); }
af();
