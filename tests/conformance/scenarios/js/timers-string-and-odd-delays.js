// Odd delay values: strings "10", " 20 ", "0x1e", "", "abc" (NaN warning), 1.5, 0.9, -0, true, null, [40], objects with valueOf; 1 ms ones expired before the loop.
const log = (s) => console.log(s);
setTimeout(() => log('"abc" -> NaN -> 1'), "abc");
setTimeout(() => log("0.9 -> 1"), 0.9);
setTimeout(() => log("-0 -> 1"), -0);
setTimeout(() => log("1.5 -> 1"), 1.5);
setTimeout(() => log("null -> 1"), null);
setTimeout(() => log("true -> 1"), true);
setTimeout(() => log('"" -> 1'), "");
setTimeout(() => log('"10"'), "10");
setTimeout(() => log('" 20 "'), " 20 ");
setTimeout(() => log('"0x1e" (30)'), "0x1e");
setTimeout(() => log("[40]"), [40]);
setTimeout(() => log("{valueOf: 50}"), { valueOf() { return 50; } });
setTimeout(() => log("70"), 70);
setTimeout(() => log("[1,2] -> NaN -> 1 (no second warning)"), [1, 2]);
log("sync end");
const start = performance.now();
while (performance.now() - start < 10) { /* spin: the 1 ms timers have expired before the loop starts */ }
