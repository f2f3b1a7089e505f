// Explicit resource management: using / await using dispose in reverse order at block exit, async disposal awaited, SuppressedError when disposal throws.
const log = (s) => console.log(s);
function res(name) {
  return { [Symbol.dispose]() { log(`dispose ${name}`); } };
}
function asyncRes(name) {
  return {
    async [Symbol.asyncDispose]() {
      log(`async dispose ${name} start`);
      await null;
      log(`async dispose ${name} end`);
    },
  };
}
{
  using a = res("a");
  using b = res("b");
  log("sync block body");
}
(async () => {
  {
    await using x = asyncRes("x");
    using y = res("y");
    await using z = asyncRes("z");
    log("async block body");
  }
  log("after async block");
  try {
    using bad = { [Symbol.dispose]() { throw new Error("dispose failed"); } };
    throw new Error("body failed");
  } catch (e) {
    log(`${e.name}: ${e.message} | error=${e.error.message} | suppressed=${e.suppressed.message}`);
  }
})();
Promise.resolve().then(() => log("p1")).then(() => log("p2")).then(() => log("p3")).then(() => log("p4")).then(() => log("p5"));
log("sync end");
