// Delays given as strings, objects with valueOf/toString, negative, NaN and Infinity, with the Node-style warnings interleaving with ordinary output (no busy wait).
const log = (s) => console.log(s);
log("begin");
setTimeout(() => log("valueOf 40"), { valueOf() { log("valueOf called"); return 40; } });
setTimeout(() => log("toString '20'"), { toString() { log("toString called"); return "20"; } });
setTimeout(() => log("string '60'"), "60");
setTimeout(() => log("negative -5"), -5);
log("after negative");
setTimeout(() => log("NaN via undefined object"), {});
log("after NaN");
setTimeout(() => log("Infinity"), Infinity);
log("after Infinity");
Promise.resolve().then(() => log("microtask"));
queueMicrotask(() => log("queueMicrotask"));
setTimeout(() => {
  log("in timer 80");
  setTimeout(() => log("nested -1"), -1);
  setTimeout(() => log("nested 2**32"), 2 ** 32);
  log("end of timer 80");
}, 80);
log("end");
