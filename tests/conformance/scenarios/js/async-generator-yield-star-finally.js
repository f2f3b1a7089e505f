// Async generators: yield* delegation, early break calling return through the delegate, return and yield inside finally, await in finally.
async function* inner() {
  try {
    yield "i1";
    yield "i2";
    yield "i3";
  } finally {
    console.log("inner finally start");
    await null;
    console.log("inner finally after await");
  }
}
async function* outer() {
  try {
    yield "o0";
    const r = yield* inner();
    console.log("yield* result", r);
  } finally {
    console.log("outer finally");
  }
}
async function* returnsInFinally() {
  try {
    yield 1;
    yield 2;
  } finally {
    return "overridden";
  }
}
async function* yieldsInFinally() {
  try {
    yield "a";
  } finally {
    yield "from finally";
    console.log("after finally yield");
  }
}
(async () => {
  for await (const v of outer()) {
    console.log("got", v);
    if (v === "i2") break;
  }
  console.log("loop 1 done");
  const g = returnsInFinally();
  console.log(await g.next());
  console.log(await g.return("requested"));
  console.log(await g.next());
  const h = yieldsInFinally();
  console.log(await h.next());
  console.log(await h.return("r"));
  console.log(await h.next());
  console.log(await h.next());
})();
Promise.resolve().then(() => console.log("side tick 1")).then(() => console.log("side tick 2")).then(() => console.log("side tick 3"));
