// Arguments passed to Deno.customInspect and nodejs.util.inspect.custom, nested objects, and returning an object instead of a string.
const a = { [Symbol.for("Deno.customInspect")](inspect, opts) { return `deno(${typeof inspect}, depth=${opts.depth}, colors=${opts.colors})`; } };
const b = { [Symbol.for("nodejs.util.inspect.custom")](depth, opts, inspect) { return `node(${depth}, ${typeof opts}, ${typeof inspect})`; } };
const c = { [Symbol.for("nodejs.util.inspect.custom")]() { return { replaced: true, n: [1, 2] }; } };
const d = { [Symbol.for("Deno.customInspect")]() { return 42; } };
console.log(a);
console.log(b);
console.log(c);
console.log(d);
console.log({ nested: { a, b, c } });
console.log("%o | %O", b, c);
console.log(Deno.inspect(b), Deno.inspect([a]));
