// An unhandled rejection originating three async frames deep, after awaits of a timer; other timers scheduled earlier run first and the exit code is 1.
const log = (s) => console.log(s);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function level3() { await sleep(20); log("level3 throwing"); throw new Error("deep failure"); }
async function level2() { await null; return level3(); }
async function level1() { const v = await level2(); log("never " + v); }
level1();
setTimeout(() => log("timer 0"), 0);
setTimeout(() => log("timer 60 never"), 60);
log("sync end");
