// console.count/countReset: default label, named labels, labels coerced to strings, resetting an unknown label (warning to stderr).
console.count();
console.count();
console.count("default");
console.count("a");
console.count("a");
console.count(1);
console.count("1");
console.count(undefined);
console.countReset("a");
console.count("a");
console.countReset("never-counted");
console.countReset();
console.count();
console.count({});
console.count(null);
