// Deno.exit(8) inside an error listener for an uncaught timer exception.
const log = (s) => console.log(s);
addEventListener("error", (e) => { log(`error: ${e.error.message}`); Deno.exit(8); });
setTimeout(() => { throw new Error("boom"); }, 5);
