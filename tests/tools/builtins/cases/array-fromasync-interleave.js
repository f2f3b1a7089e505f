// Array.fromAsync interleaved with for-await loops, other fromAsync calls and promise chains:
// every step is logged, so any difference in the number of awaits shows.
const log = [];
const note = (s) => log.push(s);
let tick = 0;
let p = Promise.resolve();
for (let i = 0; i < 40; i++) p = p.then(() => note(`t${++tick}`));
const thenable = (v, label) => ({
  get then() {
    note(`get then ${label}`);
    return (resolve) => {
      note(`then called ${label}`);
      resolve(v);
    };
  },
});
function* syncGen() {
  note("sync gen start");
  yield 1;
  note("sync gen after 1");
  yield thenable(2, "sg");
  note("sync gen after 2");
  yield Promise.resolve(3);
  note("sync gen end");
}
async function* asyncGen() {
  note("async gen start");
  yield 1;
  note("async gen after 1");
  yield thenable(2, "ag");
  note("async gen end");
}
const asyncIterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() {
        i++;
        note(`custom next ${i}`);
        if (i === 1) return thenable({ value: "a", done: false }, "next1");
        if (i === 2) return { value: Promise.resolve("b"), done: false };
        return Promise.resolve({ done: true });
      },
    };
  },
};
Array.fromAsync(syncGen()).then((v) => note(`A done ${JSON.stringify(v)}`));
Array.fromAsync(asyncGen(), (x) => {
  note(`B map ${x}`);
  return thenable(x * 10, `map${x}`);
}).then((v) => note(`B done ${JSON.stringify(v)}`));
Array.fromAsync(asyncIterable).then((v) => note(`C done ${Deno.inspect(v)}`));
(async () => {
  for await (const v of syncGen()) note(`for-await sync ${v}`);
  note("for-await sync done");
})();
Array.fromAsync({ length: 3, 0: thenable("x", "al0"), 1: Promise.resolve("y"), get 2() { note("get 2"); return "z"; } })
  .then((v) => note(`D done ${JSON.stringify(v)}`));
Array.fromAsync([Promise.resolve(1), 2], async (x) => x + 1).then((v) => note(`E done ${JSON.stringify(v)}`));
setTimeout(() => console.log(log.join("\n")), 20);
