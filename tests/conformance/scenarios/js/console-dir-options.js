// console.dir/dirxml with options: depth, showHidden, and non-object values; console.log depth default (2) for comparison.
const deep = { l1: { l2: { l3: { l4: { l5: "bottom" } } } } };
console.log(deep);
console.dir(deep);
console.dir(deep, { depth: 1 });
console.dir(deep, { depth: null });
console.dir([1, 2, 3], { showHidden: true });
console.dir(new Error("dir error"), { depth: 0 });
console.dir(42);
console.dir("str", { colors: false });
console.dirxml({ a: 1 }, [2], "three");
console.dir();
console.dir(undefined);
