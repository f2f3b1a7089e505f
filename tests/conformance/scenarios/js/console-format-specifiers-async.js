// Format specifiers (%s %d %i %f %o %O %j %c %%) with odd argument types, printed from microtasks and timers, interleaved with console.error.
const sym = Symbol("s");
Promise.resolve().then(() => {
  console.log("%s|%s|%s|%s", 1n, sym, null, { a: 1 });
  console.error("err %d %i %f", "12.7", 12.7, "3.5e1");
});
setTimeout(() => {
  console.log("%d %d %i", 10n, {}, -0);
  console.log("%o", { fn() {}, nested: { deep: { deeper: { deepest: 1 } } } });
  console.log("%O", [1, [2, [3, [4, [5]]]]]);
  console.log("%c styled %c text", "color: red", "font-weight: bold");
  console.log("100%% sure %s", "extra", "args", 3);
  console.log("%j not a specifier in deno?", { x: 1 });
  console.error("missing %s %s", "one");
}, 0);
console.log("%s", "sync");
