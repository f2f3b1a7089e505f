// Deno.exit(5) called inside an unload listener: is the listener re-entered, and what is the exit code?
const log = (s) => console.log(s);
let n = 0;
globalThis.addEventListener("unload", () => {
  n++;
  log(`unload ${n}`);
  if (n < 3) Deno.exit(5);
});
globalThis.addEventListener("unload", () => log("second unload listener"));
log("main done");
