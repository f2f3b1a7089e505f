// A rejection handled later in the same turn (sync, in a microtask, or after a few microtask turns) is not reported; exit 0.
const a = Promise.reject(new Error("handled synchronously later"));
const b = Promise.reject(new Error("handled in a microtask"));
const c = Promise.reject("handled after three turns");
console.log("rejections created");
a.catch((e) => console.log("a caught:", e.message));
queueMicrotask(() => b.catch((e) => console.log("b caught:", e.message)));
Promise.resolve().then(() => {}).then(() => {}).then(() => c.catch((e) => console.log("c caught:", e)));
setTimeout(() => console.log("timer still runs"), 20);
