// setTimeout scheduled from inside a timer callback runs after timers already queued in the same list, and nested chains advance step by step.
setTimeout(() => {
  console.log("outer A");
  setTimeout(() => {
    console.log("inner A1");
    setTimeout(() => console.log("inner A1a"), 0);
  }, 0);
  setTimeout(() => console.log("inner A2"), 0);
}, 0);
setTimeout(() => {
  console.log("outer B");
  setTimeout(() => console.log("inner B1"), 0);
}, 0);
setTimeout(() => console.log("150 ms, after all nested ones"), 150);
let n = 0;
function chain() {
  n++;
  if (n <= 5) {
    console.log("chain step", n);
    setTimeout(chain, 0);
  }
}
setTimeout(chain, 60);
