// beforeunload that schedules setImmediate and nextTick (not timers): are they run and does beforeunload fire again?
const log = (s) => console.log(s);
let rounds = 0;
globalThis.addEventListener("beforeunload", () => {
  rounds++;
  log(`beforeunload ${rounds}`);
  if (rounds === 1) {
    setImmediate(() => log("immediate from beforeunload"));
    process.nextTick(() => log("tick from beforeunload"));
  }
});
globalThis.addEventListener("unload", () => log("unload"));
