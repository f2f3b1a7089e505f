// What keeps the process alive: an unref'd interval alone, an unref'd timer re-ref'd inside another timer, and refresh() on an unref'd timer.
const log = (s) => console.log(s);
let k = 0;
const iv = setInterval(() => { log(`unref'd interval ${++k}`); }, 10);
iv.unref();
const late = setTimeout(() => log("late timer re-ref'd by the 25 ms timer"), 60);
late.unref();
setTimeout(() => { log("25 ms timer re-refs late"); late.ref(); log(`late.hasRef ${late.hasRef()}`); }, 25);
const u = setTimeout(() => log("never: unref'd refreshed"), 200);
u.unref();
u.refresh();
log(`u.hasRef after refresh ${u.hasRef()}`);
