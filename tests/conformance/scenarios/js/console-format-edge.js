// Format specifier corner cases: %% escapes, missing args, extra args, %c dropped, %j and %x unknown, %o vs %O, numbers through %s, -0 and BigInt via %d/%i/%f.
console.log("%s %s", "only one");
console.log("%d%%", 50);
console.log("100%", "percent alone");
console.log("%c styled %c text", "color: red", "font-weight: bold");
console.log("%j unknown %x", { a: 1 });
console.log("%o", { a: [1, 2], f() {} });
console.log("%O", { a: [1, 2], f() {} });
console.log("%s", 1.5, -0, 10n, Symbol("s"), null, undefined, { o: 1 }, [1, [2]]);
console.log("%d %i %f", "42.9abc", "-0", "3.5");
console.log("%d %i", 10n, -0);
console.log("%f", "not a number");
console.log(5, "%s", "x");
console.log("%", "lonely percent");
console.log("a%sb%sc", "1");
console.log("%s", "%s", "nested");
