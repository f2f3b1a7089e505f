// beforeunload preventDefault without scheduling any new work: does it loop or exit?
const log = (s) => console.log(s);
let rounds = 0;
globalThis.addEventListener("beforeunload", (e) => {
  rounds++;
  log(`beforeunload ${rounds}`);
  if (rounds < 4) e.preventDefault();
});
globalThis.addEventListener("unload", () => log(`unload after ${rounds}`));
