// Async generator return() and throw() run finally blocks; a break in for-await calls return(); next() after completion gives done.
async function* gen(label) {
  try {
    yield label + " 1";
    yield label + " 2";
    yield label + " 3";
  } catch (e) {
    console.log(label, "caught", e.message);
    yield label + " from catch";
  } finally {
    console.log(label, "finally");
  }
}
async function main() {
  const a = gen("A");
  console.log(await a.next());
  console.log(await a.return("early"));
  console.log(await a.next());
  const b = gen("B");
  console.log(await b.next());
  console.log(await b.throw(new Error("boom")));
  console.log(await b.next());
  for await (const v of gen("C")) {
    console.log("loop", v);
    if (v.endsWith("2")) break;
  }
  const d = gen("D");
  try {
    await d.throw(new Error("before start"));
  } catch (e) {
    console.log("throw before start rejects:", e.message);
  }
  console.log(await d.next());
}
main().then(() => console.log("main done"));
