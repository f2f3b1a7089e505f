setTimeout(() => console.log("50"), 50);
setTimeout(() => console.log("20"), 20);
setTimeout(() => console.log("1"), 1);
setTimeout(() => console.log("0"), 0);
setTimeout(() => console.log("undefined"));
