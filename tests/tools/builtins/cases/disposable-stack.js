// Symbol.dispose/asyncDispose, DisposableStack, AsyncDisposableStack, SuppressedError from
// disposal, and the await ordering of disposeAsync.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
console.log(Symbol.dispose, Symbol.asyncDispose, Symbol.metadata, typeof Symbol.dispose);
console.log(Object.getOwnPropertyDescriptor(Symbol, "dispose"), Object.getOwnPropertyDescriptor(Symbol, "asyncDispose"));
console.log(Symbol.dispose.description, Symbol.keyFor(Symbol.dispose), Symbol.dispose === Symbol.for("Symbol.dispose"));
const ds = new DisposableStack();
ds.defer(() => console.log("deferred 1"));
const res = ds.use({ name: "res", [Symbol.dispose]() { console.log("dispose", this.name, arguments.length); } });
console.log("use returns", res.name);
console.log("adopt returns", ds.adopt(5, (v) => console.log("adopted", v)));
console.log("use null/undefined", ds.use(null), ds.use(undefined));
console.log(ds.disposed, ds);
console.log("dispose returns", ds.dispose());
console.log(ds.disposed, ds.dispose());
show("use after dispose", () => ds.use({}));
show("defer after dispose", () => ds.defer(() => {}));
show("adopt after dispose", () => ds.adopt(1, () => {}));
show("move after dispose", () => ds.move());
const errs = new DisposableStack();
errs.defer(() => { throw new Error("first registered"); });
errs.defer(() => console.log("middle runs"));
errs.defer(() => { throw new Error("second registered"); });
errs.defer(() => { throw new Error("third registered"); });
try {
  errs.dispose();
} catch (e) {
  console.log(e.constructor.name, e.message, Object.getOwnPropertyNames(e));
  console.log(" error:", e.error.message, "suppressed:", e.suppressed.constructor.name, e.suppressed.error?.message, e.suppressed.suppressed?.message);
  console.log(e);
}
const one = new DisposableStack();
one.defer(() => { throw new RangeError("only"); });
show("single error", () => one.dispose());
const src = new DisposableStack();
src.defer(() => console.log("moved resource disposed"));
const moved = src.move();
console.log(src.disposed, moved.disposed, moved instanceof DisposableStack, Object.getPrototypeOf(moved) === DisposableStack.prototype);
moved.dispose();
show("use primitive", () => new DisposableStack().use(1));
show("use no method", () => new DisposableStack().use({}));
show("use method not callable", () => new DisposableStack().use({ [Symbol.dispose]: 1 }));
show("defer not callable", () => new DisposableStack().defer(1));
show("adopt not callable", () => new DisposableStack().adopt(1, 2));
show("call without new", () => DisposableStack());
show("receiver", () => DisposableStack.prototype.use.call({}, null));
show("disposed receiver", () => Object.getOwnPropertyDescriptor(DisposableStack.prototype, "disposed").get.call({}));
show("Symbol.dispose is dispose", () => DisposableStack.prototype[Symbol.dispose] === DisposableStack.prototype.dispose);
class MyStack extends DisposableStack {}
show("subclass", () => [new MyStack() instanceof DisposableStack, new MyStack().move() instanceof MyStack]);
console.log(Object.getOwnPropertyNames(DisposableStack.prototype), DisposableStack.length, DisposableStack);
console.log(Object.prototype.toString.call(ds), Object.getOwnPropertyDescriptor(globalThis, "DisposableStack"));

// Async.
const log = [];
let tick = 0;
const ticker = (n) => {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(`tick ${++tick}`));
  return p;
};
async function scenario(label, build) {
  log.length = 0;
  tick = 0;
  const stack = new AsyncDisposableStack();
  build(stack);
  ticker(15);
  stack.disposeAsync().then((v) => log.push(`${label} done ${v}`), (e) => log.push(`${label} rejected ${e.constructor.name} ${e.message} ${e.error?.message ?? ""} ${e.suppressed?.message ?? ""}`));
  await new Promise((r) => setTimeout(r, 5));
  console.log(log.join(" | "));
}
await scenario("empty", () => {});
await scenario("sync defer", (s) => s.defer(() => log.push("deferred")));
await scenario("async defer", (s) => s.defer(async () => log.push("async deferred")));
await scenario("two", (s) => { s.defer(() => log.push("first")); s.defer(() => log.push("second")); });
await scenario("use asyncDispose", (s) => s.use({ async [Symbol.asyncDispose]() { log.push("asyncDispose"); } }));
await scenario("use sync dispose", (s) => s.use({ [Symbol.dispose]() { log.push("sync dispose"); return "ignored"; } }));
await scenario("use null", (s) => s.use(null));
await scenario("use null and defer", (s) => { s.use(null); s.defer(() => log.push("after null")); });
await scenario("adopt", (s) => s.adopt("v", async (v) => log.push(`adopted ${v}`)));
await scenario("thenable", (s) => s.defer(() => ({ then(r) { log.push("then called"); r(); } })));
await scenario("throw", (s) => { s.defer(() => { throw new Error("a"); }); s.defer(async () => { throw new Error("b"); }); });
await scenario("sync dispose throws", (s) => s.use({ [Symbol.dispose]() { throw new Error("sd"); } }));
show("async use primitive", () => new AsyncDisposableStack().use(1));
show("async use no method", () => new AsyncDisposableStack().use({}));
show("async use bad method", () => new AsyncDisposableStack().use({ [Symbol.asyncDispose]: 1 }));
show("async call without new", () => AsyncDisposableStack());
show("async disposed twice", () => { const s = new AsyncDisposableStack(); s.disposeAsync(); return [s.disposed, s.disposeAsync()]; });
show("async after dispose", () => { const s = new AsyncDisposableStack(); s.disposeAsync(); s.defer(() => {}); });
await AsyncDisposableStack.prototype.disposeAsync.call({}).catch((e) => console.log("bad receiver", e.constructor.name, e.message));
console.log(Object.getOwnPropertyNames(AsyncDisposableStack.prototype), AsyncDisposableStack.prototype[Symbol.asyncDispose] === AsyncDisposableStack.prototype.disposeAsync);
console.log(new AsyncDisposableStack(), AsyncDisposableStack.prototype.disposeAsync, AsyncDisposableStack);
// %AsyncIteratorPrototype%[Symbol.asyncDispose]
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())));
log.length = 0;
tick = 0;
ticker(8);
AsyncIteratorPrototype[Symbol.asyncDispose].call({ return(...a) { log.push(`return(${a.length}, ${a[0]})`); return "value"; } }).then((v) => log.push(`asyncDispose ${v}`));
AsyncIteratorPrototype[Symbol.asyncDispose].call({}).then((v) => log.push(`no return ${v}`));
AsyncIteratorPrototype[Symbol.asyncDispose].call({ return() { throw new Error("ret"); } }).catch((e) => log.push(`throws ${e.message}`));
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(" | "));
const ag = (async function* () { try { yield 1; } finally { console.log("async gen cleanup"); } })();
await ag.next();
await ag[Symbol.asyncDispose]();
console.log(AsyncIteratorPrototype[Symbol.asyncDispose], Object.getOwnPropertySymbols(AsyncIteratorPrototype));
