console.table({ [Symbol.iterator]: function* () { yield 1; yield { a: 2 }; }, own: 5 });
function* gen() { yield "x"; yield [1, 2]; }
console.table(gen());
(function () { console.table(arguments); })(1, "a");
const arr = [1, 2]; arr.extra = "e";
console.table(arr);
console.table([1, , 3]);
class MyArr extends Array {}
console.table(MyArr.from([{ a: 1 }]));
console.table(new Proxy([{ p: 1 }], {}));
console.table(new Proxy({ r: { q: 1 } }, {}));
const iterThrows = { [Symbol.iterator]() { throw new Error("iter boom"); } };
try { console.table(iterThrows); } catch (e) { console.log("caught", e.message); }
console.table({ [Symbol.iterator]: 5, a: 1 });
console.table({ [Symbol("k")]: 1, a: { [Symbol("s")]: 2, b: 3 } });
console.table(new Map([[1, 2]]).keys());
console.table(new Set([[1, 2], [3]]));
const big = []; for (let i = 0; i < 12; i++) big.push({ i, sq: i * i });
console.table(big);
console.table({ "a b": { "c d": 1 }, "": { "": 2 } });
