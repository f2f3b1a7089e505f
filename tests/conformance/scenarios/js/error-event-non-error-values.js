// "error" event fields when non-Error values are thrown from timers (string, object, undefined), all prevented.
const log = (s) => console.log(s);
addEventListener("error", (e) => {
  log(`message=${JSON.stringify(e.message)} error=${typeof e.error === "object" ? JSON.stringify(e.error) : String(e.error)}`);
  e.preventDefault();
});
setTimeout(() => { throw "a string"; }, 1);
setTimeout(() => { throw { code: 7 }; }, 10);
setTimeout(() => { throw undefined; }, 20);
setTimeout(() => { throw 42; }, 30);
