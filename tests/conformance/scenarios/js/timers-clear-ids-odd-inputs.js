// clearTimeout with undefined, null, strings, objects, foreign ids and already-fired ids is a no-op; clearing an interval with clearTimeout works; timer ids are distinct numbers.
const log = (s) => console.log(s);
const t1 = setTimeout(() => log("t1 fires"), 20);
const t2 = setTimeout(() => log("t2 never"), 20);
const iv = setInterval(() => log("interval never"), 20);
log("ids distinct: " + (new Set([t1, t2, iv]).size === 3) + ", types: " + typeof t1);
clearTimeout(undefined); clearTimeout(null); clearTimeout("abc"); clearTimeout({}); clearTimeout(-1); clearTimeout(99999);
clearInterval(t2);
clearTimeout(iv);
setTimeout(() => { clearTimeout(t1); log("clearing fired t1 is fine"); }, 40);
log("sync end");
