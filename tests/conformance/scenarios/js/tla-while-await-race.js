// Top-level while loop awaiting Promise.race between a ticking timer and a deadline; after the loop the module awaits a thenable and ends.
const log = (s) => console.log(s);
let done = false;
const deadline = new Promise((r) => setTimeout(() => { log("deadline"); done = true; r("deadline"); }, 145));
let round = 0;
while (!done) {
  round++;
  const r = await Promise.race([deadline, new Promise((res) => setTimeout(() => res("tick " + round), 40))]);
  log("round " + round + ": " + r);
}
const t = await { then(res) { log("thenable awaited at top level"); res("final"); } };
log("got " + t);
