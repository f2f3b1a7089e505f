// An unhandledrejection listener that throws: what is reported and the exit code.
const log = (s) => console.log(s);
addEventListener("unhandledrejection", (e) => {
  log(`unhandledrejection: ${e.reason.message}`);
  e.preventDefault();
  throw new Error("listener threw");
});
Promise.reject(new Error("r1"));
setTimeout(() => log("timer"), 20);
