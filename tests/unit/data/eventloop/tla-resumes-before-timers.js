setTimeout(() => console.log("timer A"), 0);
await null;
console.log("after await null");
await new Promise((r) => setTimeout(r, 30));
console.log("after timer await");
