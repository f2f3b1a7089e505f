// An unhandled rejection created inside a beforeunload listener: reported or silently dropped, and the exit code.
addEventListener("beforeunload", () => { console.log("beforeunload"); Promise.reject(new Error("from beforeunload")); });
addEventListener("unload", () => console.log("unload"));
console.log("main");
