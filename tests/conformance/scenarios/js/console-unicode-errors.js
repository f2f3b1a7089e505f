// Uncaught error whose message contains emoji, RTL and a lone surrogate; printed error name with unicode.
const e = new Error("bad 😀 שלום \ud800 end");
console.log(e.message);
class ÜberError extends Error { name = "ÜberError"; }
console.log(String(new ÜberError("ü")));
setTimeout(() => { throw new ÜberError("💥 \u200b zero-width"); }, 5);
