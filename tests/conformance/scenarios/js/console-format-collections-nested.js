// Formatting of Maps, Sets, typed arrays, sparse arrays, getters, symbols keys, class instances and long arrays (over 100 items) printed from a timer.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const sparse = [1, , 3];
sparse[10] = 11;
const obj = { [Symbol("k")]: "sym", get g() { return 1; }, set s(v) {}, point: new Point(1, 2) };
setTimeout(() => {
  console.log(new Map([["a", { b: new Set([1, 2]) }], [{ k: 1 }, [1, 2]]]));
  console.log(sparse);
  console.log(obj);
  console.log(new Uint8Array([1, 2, 3]), new Float64Array(2));
  console.log(Array.from({ length: 120 }, (_, i) => i));
  console.log([["nested", ["arrays", ["go", ["deep", ["er"]]]]]]);
  console.log(new Error("in array").message, [undefined, null, NaN, -0, 0]);
  console.log("a".repeat(30), { long: "b".repeat(80) });
}, 0);
