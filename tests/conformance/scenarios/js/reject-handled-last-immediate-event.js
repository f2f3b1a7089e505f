// rejectionhandled is still dispatched when the handling happens in the last pending immediate.
addEventListener("unhandledrejection", (e) => { console.log(`unhandled: ${e.reason}`); e.preventDefault(); });
addEventListener("rejectionhandled", (e) => console.log(`rejectionhandled: ${e.reason}`));
const p = Promise.reject("p");
setImmediate(() => { p.catch(() => console.log("p handled in immediate")); });
