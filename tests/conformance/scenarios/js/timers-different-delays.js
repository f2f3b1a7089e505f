// Timers fire by expiry time regardless of insertion order (delays 20 ms or more apart).
setTimeout(() => console.log("100 ms"), 100);
setTimeout(() => console.log("80 ms"), 80);
setTimeout(() => console.log("20 ms"), 20);
setTimeout(() => console.log("60 ms"), 60);
setTimeout(() => console.log("40 ms"), 40);
setTimeout(() => console.log("1 ms"), 1);
console.log("scheduled");
