// A rejection created in a nextTick queued from a 10 ms timer is reported before a 40 ms timer (exit 1).
setTimeout(() => process.nextTick(() => Promise.reject(new Error("from tick"))), 10);
setTimeout(() => console.log("never: timer 40"), 40);
