// return p vs return await p vs returning a thenable from async functions, and the tick difference each makes.
const log = (s) => console.log(s);
async function direct() { return Promise.resolve("direct"); }
async function awaited() { return await Promise.resolve("awaited"); }
async function value() { return "value"; }
async function thenable() { return { then(r) { r("thenable"); } }; }
async function tryReturn() {
  try {
    return Promise.reject(new Error("not caught here"));
  } catch (e) {
    return "caught inside";
  }
}
async function tryReturnAwait() {
  try {
    return await Promise.reject(new Error("caught here"));
  } catch (e) {
    return "caught inside: " + e.message;
  }
}
direct().then(log);
awaited().then(log);
value().then(log);
thenable().then(log);
tryReturn().then(log, (e) => log("outer caught: " + e.message));
tryReturnAwait().then(log);
Promise.resolve().then(() => log("t1")).then(() => log("t2")).then(() => log("t3")).then(() => log("t4")).then(() => log("t5"));
