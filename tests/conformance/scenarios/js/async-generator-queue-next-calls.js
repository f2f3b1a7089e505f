// Calling next() several times without awaiting on an async generator queues the requests; results arrive in order even though the generator awaits timers of different lengths.
const log = (s) => console.log(s);
async function* g() {
  log("g start");
  await new Promise((r) => setTimeout(r, 60));
  yield "one";
  await new Promise((r) => setTimeout(r, 20));
  yield "two";
  return "ret";
}
const it = g();
const ps = [it.next(), it.next(), it.next(), it.next(), it.return("early?")];
ps.forEach((p, i) => p.then((r) => log(`req ${i}: ${JSON.stringify(r)}`)));
setTimeout(() => log("timer 40"), 40);
Promise.resolve().then(() => log("micro"));
log("sync");
