// Thenables whose then resolves with another thenable, nested three deep, versus native promise chains: tick counts.
const log = (s) => console.log(s);
function thenable(depth, value) {
  return {
    then(resolve, reject) {
      log(`then depth ${depth}`);
      if (depth === 0) resolve(value);
      else resolve(thenable(depth - 1, value));
    },
  };
}
Promise.resolve(thenable(2, "deep")).then((v) => log(`resolved ${v}`));
new Promise((r) => r(thenable(0, "shallow"))).then((v) => log(`resolved ${v}`));
(async () => log(`awaited ${await thenable(1, "mid")}`))();
const selfish = {
  then(resolve) {
    log("selfish then");
    resolve({ then(res2) { log("inner then"); res2(Promise.resolve("native inside")); } });
  },
};
Promise.resolve(selfish).then((v) => log(`selfish ${v}`));
const p = Promise.resolve();
p.then(() => log("tick 1")).then(() => log("tick 2")).then(() => log("tick 3")).then(() => log("tick 4")).then(() => log("tick 5")).then(() => log("tick 6"));
log("sync end");
