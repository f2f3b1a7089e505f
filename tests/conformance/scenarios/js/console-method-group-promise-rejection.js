console.group("g");
console.error("before");
Promise.reject(new Error("rejected in group"));
