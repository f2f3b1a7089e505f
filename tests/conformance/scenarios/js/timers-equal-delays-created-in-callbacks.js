// Timers with equal delay created from different callbacks of the same list append to the same FIFO list; a 0 and 1 ms timer share a list, nested ones go to the end.
const log = (s) => console.log(s);
setTimeout(() => {
  log("A");
  setTimeout(() => log("A.child 1"), 1);
  setTimeout(() => log("A.child 0"), 0);
}, 1);
setTimeout(() => {
  log("B");
  setTimeout(() => log("B.child 0"), 0);
  Promise.resolve().then(() => setTimeout(() => log("B.micro.child 1"), 1));
}, 0);
setTimeout(() => log("C"), 1);
setTimeout(() => log("D 30"), 30);
