// reportError(): reports like an uncaught exception (error event, process exit code 1) but does not throw into the caller.
const log = (s) => console.log(s);
log(`typeof reportError: ${typeof reportError}`);
setTimeout(() => {
  log("before reportError");
  reportError(new Error("reported, not thrown"));
  log("after reportError (still running?)");
}, 1);
setTimeout(() => log("later timer"), 30);
