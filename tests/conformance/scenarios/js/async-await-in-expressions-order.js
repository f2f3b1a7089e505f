// Await inside argument lists, template literals, binary expressions and array literals evaluates left to right with interleaving from a parallel task.
const log = (s) => console.log(s);
const v = (x) => { log("eval " + x); return x; };
async function f() {
  const r = v("a") + (await v("b")) + v("c") + (await Promise.resolve(v("d")));
  log("sum " + r);
  const arr = [await v(1), v(2), await v(3)];
  log("arr " + arr.join(","));
  log(`tpl ${await v("x")} ${v("y")}`);
}
async function g() { for (let i = 0; i < 6; i++) { log("g " + i); await null; } }
f();
g();
log("sync");
