// console.log/info/debug go to stdout and console.error/warn to stderr; the merged stream keeps call order, also across microtasks and timers.
console.log("log 1");
console.error("error 1");
console.info("info 1");
console.warn("warn 1");
console.debug("debug 1");
console.error({ obj: "on stderr" }, [1, 2]);
console.warn("warn with %s", "format");
queueMicrotask(() => {
  console.error("error in microtask");
  console.log("log in microtask");
});
setTimeout(() => {
  console.warn("warn in timer");
  console.info("info in timer");
  console.error(new Error("error object on stderr"));
  console.log("last line");
}, 1);
