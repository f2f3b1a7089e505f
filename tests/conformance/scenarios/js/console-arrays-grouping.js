// Arrays: short ones on one line, more than 6 numbers grouped into aligned columns, over 100 items truncated, sparse arrays, extra properties.
console.log([1, 2, 3]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i * i));
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 300 }, (_, i) => i % 7));
console.log(Array.from({ length: 12 }, (_, i) => "item" + i));
console.log(Array.from({ length: 8 }, (_, i) => (i % 2 ? -i * 1000 : i)));
console.log([1, , 3, , , 6]);
console.log(new Array(5));
const withProps = [1, 2, 3];
withProps.extra = "prop";
console.log(withProps);
console.log([[1, 2], [3, 4], { a: 1 }, "mixed", null]);
console.log(Array.from({ length: 7 }, (_, i) => ({ id: i })));
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2), new ArrayBuffer(4));
