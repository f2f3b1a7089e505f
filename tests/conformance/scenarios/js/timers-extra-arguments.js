// Extra arguments to setTimeout and setInterval are passed to the callback in order; without extras the callback gets no arguments.
setTimeout((a, b, c) => console.log("timeout args:", a, b, c), 1, "one", 2, { three: 3 });
setTimeout(function (...args) { console.log("rest args length:", args.length, JSON.stringify(args)); }, 1, undefined, null);
setTimeout((...args) => console.log("no extra args length:", args.length), 1);
let count = 0;
const id = setInterval((x, y) => {
  count++;
  console.log("interval args:", x, y, "count", count);
  if (count === 2) clearInterval(id);
}, 5, "x", ["y"]);
