// An unref'd immediate alone does not keep the process alive; with a ref'd timer pending it still runs.
const log = (s) => console.log(s);
const i = setImmediate(() => log("unref'd immediate runs"));
i.unref();
log(`hasRef: ${i.hasRef()}`);
setTimeout(() => {
  log("timer");
  const j = setImmediate(() => log("never: unref'd immediate at the end"));
  j.unref();
}, 20);
