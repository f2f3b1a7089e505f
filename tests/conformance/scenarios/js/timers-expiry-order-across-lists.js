// Timers in different delay lists fire by absolute expiry (start + delay), not by delay or creation order; a list runs all its expired timers before the next list.
const log = (s) => console.log(s);
const spin = (ms) => { const s = performance.now(); while (performance.now() - s < ms) { /* spin */ } };
setTimeout(() => log("A: 60 ms, created at ~0 (expires ~60)"), 60);
spin(15);
setTimeout(() => log("B: 10 ms, created at ~15 (expires ~25)"), 10);
setTimeout(() => log("C: 70 ms, created at ~15 (expires ~85)"), 70);
spin(15);
setTimeout(() => log("D: 1 ms, created at ~30 (expires ~31)"), 1);
setTimeout(() => log("E: 60 ms again, same list as A, created at ~30 (expires ~90, after C, but runs with A)"), 60);
spin(80);
log("sync end: nothing has run yet");
