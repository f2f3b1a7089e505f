// printf-style specifiers: %s %d %i %f %o %O %j %c %% with matching, missing and surplus arguments.
console.log("%s|%s|%s|%s", "str", 42, { a: 1 }, [1, 2]);
console.log("%s", -0, "extra", 1);
console.log("%s %s", Symbol("sym"), 10n);
console.log("%d|%d|%d|%d|%d", 42.9, "17", "abc", -0, 10n);
console.log("%i|%i|%i|%i", 42.9, "17.8", -3.7, 10n);
console.log("%f|%f|%f|%f", 42, "3.25", "x", -0);
console.log("%o", { a: [1, 2, { b: 3 }], f() {} });
console.log("%O", { a: [1, 2, { b: { c: { d: 1 } } }] });
console.log("%c styled %c text", "color: red", "font-weight: bold");
console.log("100%% sure, %s", "really");
console.log("%s and %s", "only one");
console.log("%x %z unknown specifiers", 1, 2);
console.log("no specifiers", "but", "args", 3);
console.log(5, "%s not first argument", "x");
console.log("%j json?", { a: 1 });
console.log("%s", "a", "%s", "b");
console.log("%");
console.log("trailing %");
