// A timer callback can cancel another timer, including one in the same list that has already expired in the same turn.
let victim2;
setTimeout(() => {
  console.log("killer: clears victim1 (same list, expired) and victim2 (later list)");
  clearTimeout(victim1);
  clearTimeout(victim2);
}, 1);
const victim1 = setTimeout(() => console.log("victim1 never"), 1);
setTimeout(() => console.log("survivor in same list"), 1);
victim2 = setTimeout(() => console.log("victim2 never"), 40);
setTimeout(() => console.log("later timer 80 ms"), 80);
const start = performance.now();
while (performance.now() - start < 20) { /* ensure all 1 ms timers expire together */ }
