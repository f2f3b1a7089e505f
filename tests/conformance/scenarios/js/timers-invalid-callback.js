// setTimeout with a non-function callback (string code, undefined, object) throws synchronously; the error message and code, caught.
const log = (s) => console.log(s);
for (const cb of ["log('code string')", undefined, {}, 42]) {
  try {
    setTimeout(cb, 1);
    log("no throw for " + typeof cb);
  } catch (e) {
    log(`${e.name} | ${e.code} | ${e.message}`);
  }
}
try {
  setInterval(null, 1);
} catch (e) {
  log(`interval: ${e.name} | ${e.code} | ${e.message}`);
}
setTimeout(() => log("valid timer fires"), 1);
