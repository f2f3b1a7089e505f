// startup: prints one line and exits. The bench measures, from outside, the time from spawning
// the process to the first byte on its stdout, and to its exit.
console.log("ready");
