// Deno.inspect with options: depth, compact, breakLength, sorted, getters, showHidden, iterableLimit, strAbbreviateSize, trailingComma.
const o = { z: 1, a: { b: { c: { d: { e: 1 } } } }, arr: Array.from({ length: 120 }, (_, i) => i), get g() { return "got"; }, s: "x".repeat(200) };
console.log(Deno.inspect(o));
console.log(Deno.inspect(o, { depth: 1 }));
console.log(Deno.inspect(o, { sorted: true, depth: 0 }));
console.log(Deno.inspect(o, { getters: true, iterableLimit: 3, strAbbreviateSize: 10 }));
console.log(Deno.inspect({ a: [1, 2], b: "x" }, { compact: false }));
console.log(Deno.inspect({ a: [1, 2], b: "x" }, { breakLength: 5 }));
console.log(Deno.inspect({ a: [1, 2], b: "x" }, { trailingComma: true, breakLength: 5 }));
console.log(Deno.inspect([1, 2, 3], { showHidden: true }));
console.log(Deno.inspect("str"), Deno.inspect(Symbol("s")), Deno.inspect(10n), Deno.inspect(-0));
console.log(Deno.inspect(new Map([[1, { a: 1 }]]), { depth: 0 }));
console.log(Deno.inspect("quoted 'single'"), Deno.inspect(`both ' and "`), Deno.inspect("all ' \" `"));
