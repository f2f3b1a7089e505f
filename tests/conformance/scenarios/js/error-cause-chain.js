// An uncaught error with a three-level cause chain, where one cause is a non-Error value.
function level3() { throw new RangeError("disk full", { cause: "ENOSPC string cause" }); }
function level2() {
  try { level3(); } catch (e) { throw new TypeError("write failed", { cause: e }); }
}
function level1() {
  try { level2(); } catch (e) { throw new Error("save failed", { cause: e }); }
}
console.log("start");
level1();
