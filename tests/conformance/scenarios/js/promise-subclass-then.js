// Subclassed promises: overridden then is called by await/Promise.resolve/combinators, species constructs derived promises, extra ticks for non-native thens.
let n = 0;
class Logged extends Promise {
  constructor(executor) {
    const id = ++n;
    super(executor);
    this.id = id;
    console.log("construct", id);
  }
  then(onF, onR) {
    console.log("then called on", this.id);
    return super.then(onF, onR);
  }
}
const p = Logged.resolve(1);
console.log("p is Logged:", p instanceof Logged, "same from Promise.resolve:", Promise.resolve(p) === p);
(async () => {
  const v = await p;
  console.log("awaited", v);
})();
Promise.resolve().then(() => console.log("plain tick 1")).then(() => console.log("plain tick 2")).then(() => console.log("plain tick 3")).then(() => console.log("plain tick 4"));
const q = p.then((v) => v + 1);
console.log("q is Logged:", q instanceof Logged);
q.then((v) => console.log("q value", v));
Logged.all([1, Promise.resolve(2)]).then((vs) => console.log("all", vs));
class Plain extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const r = Plain.resolve(5).then((v) => v);
console.log("species Promise gives Plain?", r instanceof Plain, "Promise?", r instanceof Promise);
console.log("sync end");
