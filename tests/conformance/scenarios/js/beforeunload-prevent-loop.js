// beforeunload with preventDefault after scheduling work: the event fires again after the loop drains, three times, then unload.
const log = (s) => console.log(s);
let rounds = 0;
globalThis.addEventListener("beforeunload", (e) => {
  rounds++;
  log(`beforeunload ${rounds} cancelable=${e.cancelable}`);
  if (rounds < 3) {
    setTimeout(() => log(`timer from round ${rounds}`), 5);
    queueMicrotask(() => log(`micro from round ${rounds}`));
    e.preventDefault();
  }
});
globalThis.addEventListener("unload", (e) => log(`unload cancelable=${e.cancelable}`));
log("main");
