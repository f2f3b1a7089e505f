// A thenable whose then resolves with another thenable, five levels deep, against a tick counter; shows each adoption costs one job per level.
let tick = 0;
function counter() { tick++; if (tick < 20) Promise.resolve().then(counter); }
Promise.resolve().then(counter);
function nest(depth, value) {
  return {
    then(onF, onR) {
      console.log(`then called depth=${depth} tick=${tick}`);
      if (depth === 0) onF(value);
      else onF(nest(depth - 1, value));
    },
  };
}
Promise.resolve(nest(4, "deep")).then((v) => console.log("resolved", v, "at tick", tick));
new Promise((r) => r(nest(2, "mid"))).then((v) => console.log("resolved", v, "at tick", tick));
(async () => {
  const v = await nest(3, "awaited");
  console.log("await got", v, "at tick", tick);
})();
Promise.resolve(1).then(() => nest(1, "returned from then")).then((v) => console.log("then chain got", v, "at tick", tick));
console.log("sync done");
