// clearImmediate: before it runs, from a sibling immediate in the same batch, from a timer, with invalid arguments, and the handle's hasRef.
const log = (s) => console.log(s);
const a = setImmediate(() => log("never: a cleared at top level"));
clearImmediate(a);
let c;
setImmediate(() => { log("b clears c"); clearImmediate(c); });
c = setImmediate(() => log("never: c cleared by b"));
setImmediate(() => log("d runs"));
const e = setImmediate((x, y) => log(`e args ${x} ${y}`), "x", 2);
log(`hasRef: ${e.hasRef()} ref() returns self: ${e.ref() === e} unref() returns self: ${e.unref() === e} hasRef after unref: ${e.hasRef()}`);
e.ref();
clearImmediate(undefined);
clearImmediate(null);
clearImmediate(12345);
clearImmediate({});
log(`constructor: ${e.constructor.name} typeof: ${typeof e}`);
