// An "error" listener that itself throws while handling an uncaught timer exception.
const log = (s) => console.log(s);
addEventListener("error", (e) => {
  log(`listener got ${e.message}`);
  e.preventDefault();
  throw new Error("thrown by the error listener");
});
setTimeout(() => { throw new Error("original"); }, 5);
setTimeout(() => log("later timer"), 40);
