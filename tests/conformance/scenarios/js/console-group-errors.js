// Error objects and arrays printed inside nested console.group blocks: every stack line and nested property gets the group indentation.
console.group("outer");
console.group("inner");
console.log(new Error("in group"));
const e = new TypeError("with props");
e.code = 7;
console.log(e);
console.log([1, [2, [3, [4, [5]]]]]);
console.log("a", { x: 1 }, "b");
console.groupEnd();
console.groupEnd();
console.log("out");
