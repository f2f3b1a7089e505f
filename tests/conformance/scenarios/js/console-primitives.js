// Formatting of primitive values at top level and inside arrays/objects: numbers, -0, NaN, Infinity, BigInt, booleans, null, undefined, symbols.
console.log(42, 3.14, -7, 1e21, 1e-7, 0.1 + 0.2, 2 ** 53, -0, 0, NaN, Infinity, -Infinity);
console.log([42, -0, NaN, -Infinity, 1e21]);
console.log({ n: 1.5, z: -0, nan: NaN });
console.log(10n, -5n, 2n ** 64n, [1n, 0n], { big: 123n });
console.log(true, false, [true, false], { t: true });
console.log(null, undefined, [null, undefined], { a: null, b: undefined });
console.log(Symbol(), Symbol("desc"), Symbol.iterator, Symbol.for("registered"), [Symbol("in array")]);
console.log(-0 + "", String(-0), `${-0}`, [-0].toString());
console.log();
console.log("");
console.log("multiple", "strings", "joined", "by", "spaces");
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.EPSILON);
console.log(new Number(5), new String("boxed"), new Boolean(false), Object(Symbol("boxed sym")), Object(7n));
