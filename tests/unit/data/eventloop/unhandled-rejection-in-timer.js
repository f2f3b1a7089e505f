setTimeout(() => { Promise.reject(new Error("late")); console.log("after reject"); }, 1);
setTimeout(() => console.log("second timer"), 1);
