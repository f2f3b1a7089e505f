// Turns the framed output of driver.js into tests/unit/data/console_cases.json.
// Usage: deno run -A assemble.js <driver-output> <json-out>
import { cases } from "./cases.js";

const [rawPath, outPath] = Deno.args;
const raw = Deno.readTextFileSync(rawPath);
const re = /\u0000CASE (\d+)\u0000\n([\s\S]*?)(?=\u0000CASE \d+\u0000\n|\u0000END\u0000\n)/g;
const outputs = new Map();
for (const m of raw.matchAll(re)) outputs.set(Number(m[1]), m[2]);
if (!raw.includes("\u0000END\u0000\n")) throw new Error("driver output is truncated");

const result = [];
let failed = false;
for (let i = 0; i < cases.length; i++) {
  const c = cases[i];
  let text = outputs.get(i);
  if (text === undefined) {
    console.error(`case ${i} (${c.name}): no output`);
    failed = true;
    continue;
  }
  if (text.startsWith("\u0000EVALERROR")) {
    console.error(`case ${i} (${c.name}): ${text.trim()}`);
    failed = true;
    continue;
  }
  if (!text.endsWith("\n")) throw new Error(`case ${i} (${c.name}): output has no final newline`);
  text = text.slice(0, -1);
  if (c.stack) {
    console.error(`-- real-stack case "${c.name}" (kept out of the JSON):\n${text}`);
    continue;
  }
  result.push({ name: c.name, code: c.code, needsHost: c.needsHost === true, expected: text });
}
const names = new Set();
for (const r of result) {
  if (names.has(r.name)) throw new Error(`duplicate case name: ${r.name}`);
  names.add(r.name);
}
if (failed) Deno.exit(1);
Deno.writeTextFileSync(outPath, JSON.stringify(result, null, 2) + "\n");
console.error(`wrote ${result.length} cases to ${outPath}`);
