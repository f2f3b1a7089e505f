// An unhandled rejection created in a setImmediate callback is reported on the next loop turn, before a 50 ms timer runs (exit 1).
setTimeout(() => console.log("never: timer 50"), 50);
setImmediate(() => { Promise.reject(new Error("from immediate")); console.log("immediate done"); });
