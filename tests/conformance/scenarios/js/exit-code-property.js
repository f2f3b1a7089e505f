// process.exitCode set at top level and changed later in a timer decides the exit code; Deno.exitCode mirrors it.
const log = (s) => console.log(s);
process.exitCode = 3;
log(`process.exitCode: ${process.exitCode} Deno.exitCode: ${Deno.exitCode}`);
setTimeout(() => {
  Deno.exitCode = 7;
  log(`after Deno.exitCode = 7: process.exitCode ${process.exitCode}`);
}, 10);
