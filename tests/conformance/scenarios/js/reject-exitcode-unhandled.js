// process.exitCode = 5 and an unhandled rejection in a timer: error output and exit code 1; beforeunload/unload not fired.
const log = (s) => console.log(s);
process.exitCode = 5;
addEventListener("beforeunload", () => log("beforeunload"));
addEventListener("unload", () => log("unload"));
setTimeout(() => { Promise.reject(new Error("late")); log("timer done"); }, 5);
