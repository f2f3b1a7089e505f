console.dir({ a: 1, s: "x", n: null, u: undefined, d: new Date(0), r: /x/, sym: Symbol("q"), f() {} }, { colors: true });
console.dir([1, 2], { colors: 1 });
console.dir({ a: 1 }, null);
console.dir({ a: 1 }, "str");
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 1, indentLevel: 1 });
console.dir("top string", { colors: true });
console.dirxml({ a: 1 }, { depth: 0 });
console.log(console.indentLevel); console.group(); console.log(console.indentLevel); console.groupEnd();
