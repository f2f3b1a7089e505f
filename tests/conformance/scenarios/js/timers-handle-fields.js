// Node-style Timeout handle fields visible from JS (keys, _idleTimeout, _repeat, _destroyed, _onTimeout, _timerArgs) before firing, after clearing and after firing.
const log = (s) => console.log(s);
const fn = () => log("t fired");
const t = setTimeout(fn, 5, "arg1", 2);
const show = (label, h) => log(`${label}: idleTimeout=${h._idleTimeout} repeat=${h._repeat} destroyed=${h._destroyed} onTimeout=${h._onTimeout === null ? "null" : typeof h._onTimeout} args=${JSON.stringify(h._timerArgs)}`);
log(Object.keys(t).join(","));
show("t pending", t);
log(`t._onTimeout === fn: ${t._onTimeout === fn}`);
const i = setInterval(() => {}, 1000);
show("interval pending", i);
clearInterval(i);
show("interval cleared", i);
const z = setTimeout(() => {}, 0);
show("zero delay", z);
clearTimeout(z);
show("zero cleared", z);
setTimeout(() => show("t after firing", t), 30);
