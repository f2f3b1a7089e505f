// resolve/reject called twice, reject after resolve, executor throwing after resolve, resolving with itself (TypeError), resolve with a rejected promise.
const log = (s) => console.log(s);
new Promise((res, rej) => { res("one"); res("two"); rej(new Error("ignored")); }).then((v) => log(`p1 ${v}`));
new Promise((res) => { res("resolved first"); throw new Error("thrown after resolve"); }).then((v) => log(`p2 ${v}`), (e) => log(`p2 err ${e.message}`));
new Promise((res, rej) => { rej(new Error("rejected first")); res("late"); }).catch((e) => log(`p3 ${e.message}`));
let self;
self = new Promise((res) => setTimeout(() => res(self), 0));
self.catch((e) => log(`p4 ${e.constructor.name}: ${e.message}`));
let resolveOuter;
const outer = new Promise((r) => { resolveOuter = r; });
resolveOuter(Promise.reject(new Error("inner rejection")));
resolveOuter("ignored");
outer.catch((e) => log(`p5 ${e.message}`));
const p6 = new Promise((res) => { res(Promise.resolve("adopted")); res("direct"); });
p6.then((v) => log(`p6 ${v}`));
new Promise(() => { throw 0; }).catch((e) => log(`p7 caught ${e}`));
log("sync end");
