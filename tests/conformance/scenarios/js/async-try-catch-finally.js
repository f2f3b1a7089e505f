// Rejections inside async functions: try/catch/finally around await, rethrow, and the ordering of the resulting settlements.
async function fails(msg) {
  await null;
  throw new Error(msg);
}
async function handler() {
  try {
    console.log("handler: before await");
    await fails("first");
    console.log("not reached");
  } catch (e) {
    console.log("handler: caught", e.message);
    return "recovered";
  } finally {
    console.log("handler: finally");
  }
}
async function rethrower() {
  try {
    await fails("second");
  } catch (e) {
    console.log("rethrower: caught", e.message);
    throw new Error("rethrown " + e.message);
  } finally {
    console.log("rethrower: finally");
  }
}
handler().then((v) => console.log("handler resolved:", v));
rethrower().catch((e) => console.log("rethrower rejected:", e.message));
Promise.reject(new Error("third")).finally(() => console.log("finally on rejected")).catch((e) => console.log("caught after finally:", e.message));
console.log("sync end");
