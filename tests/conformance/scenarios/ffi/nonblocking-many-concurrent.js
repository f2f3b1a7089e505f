// Forty nonblocking 200 ms calls at once: Deno's blocking pool runs at most 32 at a time, so 32
// finish after about 200 ms and the other eight after about 400 ms. A native meter records the
// highest number of calls sleeping at once.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  metered_sleep: { parameters: ["u32"], result: "void", nonblocking: true },
  metered_max: { parameters: [], result: "u32" },
});
let done = 0;
const calls = [];
for (let i = 0; i < 40; i++) calls.push(lib.symbols.metered_sleep(200).then(() => done++));
setTimeout(() => console.log("at 100 ms done:", done), 100);
setTimeout(() => console.log("at 300 ms done:", done), 300);
await Promise.all(calls);
console.log("all done:", done, "most at once:", lib.symbols.metered_max());
