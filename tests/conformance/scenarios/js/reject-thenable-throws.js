// Rejections that come from thenables: then() throwing after resolving, then() rejecting twice, and an unhandled thenable rejection.
const log = (s) => console.log(s);
const t1 = { then(res) { res("ok"); throw new Error("ignored after resolve"); } };
Promise.resolve(t1).then((v) => log(`t1 ${v}`));
const t2 = { then(_, rej) { rej(new Error("first")); rej(new Error("second")); } };
Promise.resolve(t2).catch((e) => log(`t2 ${e.message}`));
const t3 = { then(_, rej) { setTimeout(() => rej(new Error("late thenable rejection")), 5); } };
(async () => { await t3; })();
log("sync end");
