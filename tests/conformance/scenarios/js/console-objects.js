// Plain objects: key quoting, symbol keys, getters/setters, class instances, null prototype, Date, RegExp, boxed values, promises.
console.log({ simple: 1, "needs-quotes": 2, "with space": 3, 123: "numeric key", $dollar: 4, _under: 5 });
console.log({ [Symbol("symKey")]: "symbol value", normal: true });
console.log({ get getter() { return 1; }, set setter(v) {}, get both() { return 2; }, set both(v) {} });
class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2), [new Point(3, 4)]);
console.log(new Date(0), [new Date(86400000)]);
console.log(/ab+c/gi, [/x/]);
console.log(Promise.resolve(42), [Promise.resolve("in array")]);
const rejected = Promise.reject("reason");
rejected.catch(() => {});
console.log(rejected, new Promise(() => {}));
console.log({ undef: undefined, fn() {}, arrow: () => {}, nested: { x: [1, { y: 2 }] } });
const nonEnum = {};
Object.defineProperty(nonEnum, "hidden", { value: 1, enumerable: false });
Object.defineProperty(nonEnum, "shown", { value: 2, enumerable: true });
console.log(nonEnum);
console.log(globalThis === globalThis.globalThis, typeof globalThis);
console.log(JSON.stringify({ a: [1, { b: 2 }], c: "d" }));
console.log([undefined, null, NaN, "", 0, false]);
