// Unbounded recursion: a caught RangeError (name and message) then an uncaught one from a timer, exit 1.
function recurse(n) { return recurse(n + 1) + 1; }
try {
  recurse(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
setTimeout(() => {
  console.log("recursing in timer");
  recurse(0);
}, 1);
