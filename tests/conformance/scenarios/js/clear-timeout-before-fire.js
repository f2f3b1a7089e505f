// clearTimeout before the timer fires cancels it; clearing twice, clearing undefined/null/garbage and clearInterval on a timeout are harmless.
const a = setTimeout(() => console.log("a never"), 1);
const b = setTimeout(() => console.log("b fires"), 1);
const c = setTimeout(() => console.log("c never (cleared with clearInterval)"), 1);
clearTimeout(a);
clearTimeout(a);
clearInterval(c);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout("not a timer");
clearTimeout({});
clearTimeout(-1);
const d = setTimeout(() => console.log("d never (cleared in microtask)"), 1);
queueMicrotask(() => clearTimeout(d));
const e = setInterval(() => console.log("e never (interval cleared with clearTimeout)"), 1);
clearTimeout(e);
console.log("sync end", typeof b);
