// queueMicrotask with non-function arguments throws a TypeError synchronously (message printed); extra arguments are ignored; this inside the callback.
const log = (s) => console.log(s);
for (const v of [undefined, null, 42, "fn", {}, Promise.resolve()]) {
  try {
    queueMicrotask(v);
    log("no throw");
  } catch (e) {
    log(`${e.name}: ${e.message}`);
  }
}
queueMicrotask(function (a) { log(`callback args: ${arguments.length} this is undefined: ${this === undefined} or globalThis: ${this === globalThis}`); }, "extra");
log(`queueMicrotask.length = ${queueMicrotask.length}`);
