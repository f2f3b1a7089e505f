// Delays 1, 0, undefined, omitted, null, "" , "0", "1" and false all become 1 ms and share one FIFO list.
setTimeout(() => console.log("a: 1"), 1);
setTimeout(() => console.log("b: 0"), 0);
setTimeout(() => console.log("c: undefined"), undefined);
setTimeout(() => console.log("d: omitted"));
setTimeout(() => console.log("e: null"), null);
setTimeout(() => console.log("f: empty string"), "");
setTimeout(() => console.log("g: '0'"), "0");
setTimeout(() => console.log("h: '1'"), "1");
setTimeout(() => console.log("i: false"), false);
setTimeout(() => console.log("j: 1 again"), 1);
console.log("scheduled");
