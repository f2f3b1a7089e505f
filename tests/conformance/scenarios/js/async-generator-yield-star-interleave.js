// Two consumers interleave: one iterates an async generator directly, the other through a yield* wrapper; the relative order shows the per-value await cost of yield*.
const log = (s) => console.log(s);
async function* numbers(label) {
  for (let i = 1; i <= 3; i++) yield `${label}${i}`;
}
async function* wrapped(label) {
  yield* numbers(label);
}
(async () => { for await (const v of numbers("direct-")) log(v); log("direct done"); })();
(async () => { for await (const v of wrapped("wrapped-")) log(v); log("wrapped done"); })();
(async () => { for await (const v of [1, 2, 3]) log(`array-${v}`); log("array done"); })();
