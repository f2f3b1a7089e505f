// nextTick vs await continuations inside an async function called from a timer and from top level.
const log = (s) => console.log(s);
async function f(tag) {
  log(`${tag} start`);
  process.nextTick(() => log(`${tag} tick`));
  await null;
  log(`${tag} after await 1`);
  process.nextTick(() => log(`${tag} tick after await`));
  await null;
  log(`${tag} after await 2`);
}
f("top");
queueMicrotask(() => log("top micro"));
setTimeout(() => { f("timer"); queueMicrotask(() => log("timer micro")); }, 5);
