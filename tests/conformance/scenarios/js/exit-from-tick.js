// process.exit() with no argument inside a nextTick uses process.exitCode.
const log = (s) => console.log(s);
process.exitCode = 9;
process.on("exit", (c) => log(`process exit event code ${c}`));
setTimeout(() => {
  process.nextTick(() => { log("tick exits"); process.exit(); });
  process.nextTick(() => log("never: second tick"));
}, 5);
