setTimeout(() => { console.log("t1"); Promise.resolve().then(() => console.log("t1 then")); }, 1);
setTimeout(() => { console.log("t2"); queueMicrotask(() => console.log("t2 micro")); }, 1);
setTimeout(() => console.log("t3"), 1);
