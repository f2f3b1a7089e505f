// "error" listener without preventDefault: listener runs, then the error is reported and the process exits 1.
const log = (s) => console.log(s);
addEventListener("error", (e) => log(`listener saw ${e.message} defaultPrevented=${e.defaultPrevented}`));
addEventListener("unload", () => log("never? unload"));
setTimeout(() => { throw new RangeError("not prevented"); }, 5);
setTimeout(() => log("never: later timer"), 40);
