// An async function that throws after an await in a timer-driven flow produces an unhandled rejection report; exit 1.
async function load(step) {
  console.log("load", step);
  await new Promise((r) => setTimeout(r, 10));
  if (step === 2) throw new Error("load failed at step " + step);
  return step;
}
async function main() {
  console.log("got", await load(1));
  console.log("got", await load(2));
  console.log("never");
}
main();
setTimeout(() => console.log("never: 200 ms timer"), 200);
