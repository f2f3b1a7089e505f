// Tick counts of async generator operations (yield, yield of a promise, return of a promise, yield*, queued next() calls) measured against a counting promise chain.
let tick = 0;
let running = true;
(function count() { if (running) Promise.resolve().then(() => { tick++; count(); }); })();
const log = (s) => console.log(`[tick ${tick}] ${s}`);
async function* simple() { yield 1; yield Promise.resolve(2); return Promise.resolve(3); }
async function* delegating() { const r = yield* simple(); log(`delegate got return ${r}`); return "d"; }
(async () => {
  const g = simple();
  log("start");
  log(`next -> ${JSON.stringify(await g.next())}`);
  log(`next -> ${JSON.stringify(await g.next())}`);
  log(`next -> ${JSON.stringify(await g.next())}`);
  log(`next -> ${JSON.stringify(await g.next())}`);
  const h = simple();
  const results = [h.next(), h.next(), h.next(), h.next()];
  results.forEach((p, i) => p.then((r) => log(`queued ${i} -> ${JSON.stringify(r)}`)));
  await Promise.all(results);
  for await (const v of delegating()) log(`for-await got ${v}`);
  const k = simple();
  await k.next();
  log(`return(p) -> ${JSON.stringify(await k.return(Promise.resolve("R")))}`);
  const m = simple();
  log(`return before start -> ${JSON.stringify(await m.return("early"))}`);
  try { await simple().throw(new Error("thrown into fresh")); } catch (e) { log(`throw before start rejects: ${e.message}`); }
  running = false;
})();
