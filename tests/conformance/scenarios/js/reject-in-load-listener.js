// An unhandled rejection created inside a load listener, and one created in beforeunload, with nothing else pending.
addEventListener("load", () => { console.log("load"); Promise.reject(new Error("from load")); });
addEventListener("beforeunload", () => console.log("beforeunload"));
console.log("main");
