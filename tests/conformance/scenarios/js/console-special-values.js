// console.log of tricky values: -0, sparse arrays, circular refs, symbols as keys, null-prototype objects, boxed primitives, typed arrays, long arrays, Date, RegExp, weak collections.
const circ = { name: "root" };
circ.self = circ;
circ.list = [circ, { back: circ }];
console.log(-0, [-0], 0, 1e21, 1e-7, 0.1 + 0.2);
console.log([1, , 3, , , 6], new Array(5), [undefined, null]);
console.log(circ);
console.log({ [Symbol("k")]: "symbol key", "quoted-key": 1, 2: "numeric key", valid_id: true });
const np = Object.create(null);
np.x = 1;
console.log(np);
console.log(new Number(5), new String("boxed"), new Boolean(false), Object(Symbol("bs")), Object(10n));
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2), new ArrayBuffer(4));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(new Date(0), /a+b/gi, new WeakMap(), new WeakSet());
console.log([function named() {}, () => {}, class K {}, async function af() {}, function* gen() {}]);
console.log({ s: "it's", t: 'say "hi"', u: `both ' "`, n: "line\nbreak" });
console.log(["it's", 'say "hi"', "tab\there"]);
console.log(Symbol.iterator, Symbol(), Symbol("desc"), 123n, -5n);
console.log([1.0, 2.50, -3.14e-10], NaN, -Infinity);
console.log(Promise.resolve(1), Promise.reject(new Error("shown")).catch(() => {}) && "x", new Promise(() => {}));
const rejected = Promise.reject(42);
rejected.catch(() => {});
console.log(rejected);
console.log(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
class Point { constructor() { this.x = 1; this.y = 2; } }
console.log(new Point(), [new Point()], { p: new Point() });
console.log(new (class extends Array {})(3).fill(0), Object.assign([1, 2], { extra: "prop" }));
