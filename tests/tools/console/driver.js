// Run by generate.sh under real Deno: evaluates every case of cases.js and hands
// its argument array to the REAL console.log, framing each case's output with a
// marker line so that assemble.js can cut the stream apart.
import { cases } from "./cases.js";

const indirectEval = eval;
for (let i = 0; i < cases.length; i++) {
  console.log(`\u0000CASE ${i}\u0000`);
  let args;
  try {
    // Strict global code, like the module code a Deno script is.
    args = indirectEval(`"use strict";\n(${cases[i].code})`);
  } catch (err) {
    console.log(`\u0000EVALERROR ${String(err)}\u0000`);
    continue;
  }
  console.log(...args);
}
console.log("\u0000END\u0000");
