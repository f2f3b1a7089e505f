console.table("not tabular");
console.table(42);
console.table();
console.table(undefined);
console.table(null);
console.table(true);
console.table(10n);
console.table(Symbol("x"));
console.table("str", ["a"]);
console.table(function foo() {});
console.table(class A {});
console.table(() => 1);
try { console.table([1], "a"); } catch (e) { console.log(e.name + ": " + e.message); }
try { console.table([1], { length: 1, 0: "a" }); } catch (e) { console.log(e.name + ": " + e.message); }
try { console.table(5, 5); } catch (e) { console.log(e.name + ": " + e.message); }
try { console.table([1], null); } catch (e) { console.log(e.name + ": " + e.message); }
console.table([1], undefined);
console.log("end");
