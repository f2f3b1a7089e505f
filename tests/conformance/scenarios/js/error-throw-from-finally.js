// An error thrown from a finally block replaces the original one; the replacement is uncaught in an async function's continuation (in promise), exit 1.
function sync() {
  try {
    throw new Error("original (lost)");
  } finally {
    console.log("sync finally");
  }
}
try { sync(); } catch (e) { console.log("caught", e.message); }
async function run() {
  try {
    await null;
    throw new Error("original async (lost)");
  } finally {
    console.log("async finally");
    throw new Error("thrown from finally");
  }
}
run();
setTimeout(() => console.log("never"), 30);
