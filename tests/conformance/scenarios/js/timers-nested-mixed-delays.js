// Many timers with equal and different delays created inside nested timer callbacks; expiry order with lists per delay and FIFO within a list.
const log = (s) => console.log(s);
setTimeout(() => {
  log("outer A");
  setTimeout(() => log("A.1 (40)"), 40);
  setTimeout(() => log("A.2 (1)"), 1);
  setTimeout(() => {
    log("A.3 (1)");
    setTimeout(() => log("A.3.1 (1)"), 1);
    setTimeout(() => log("A.3.2 (0)"), 0);
  }, 1);
  setTimeout(() => log("A.4 (80)"), 80);
}, 1);
setTimeout(() => {
  log("outer B (1)");
  setTimeout(() => log("B.1 (1)"), 1);
  setTimeout(() => log("B.2 (40)"), 40);
}, 1);
setTimeout(() => {
  log("outer C (120)");
  setTimeout(() => log("C.1 (1)"), 1);
  setTimeout(() => log("C.2 (1)"), 1);
}, 120);
