// unhandledrejection listener preventing several rejections created at top level, in a timer and in an immediate; event.promise identity.
const log = (s) => console.log(s);
const p1 = Promise.reject(new Error("top"));
addEventListener("unhandledrejection", (e) => {
  log(`unhandled: ${e.reason?.message ?? e.reason} isP1=${e.promise === p1}`);
  e.preventDefault();
});
setTimeout(() => { Promise.reject(new Error("timer")); log("timer done"); }, 20);
setImmediate(() => { Promise.reject("immediate string"); log("immediate done"); });
setTimeout(() => log("end"), 60);
