// Fractional delays are truncated: 1.9 and 0.5 join the 1 ms list, 20.7 and 20.2 join the 20 ms list, all FIFO.
setTimeout(() => console.log("20.7"), 20.7);
setTimeout(() => console.log("1.9"), 1.9);
setTimeout(() => console.log("20"), 20);
setTimeout(() => console.log("0.5"), 0.5);
setTimeout(() => console.log("1"), 1);
setTimeout(() => console.log("20.2"), 20.2);
setTimeout(() => console.log("'20.9' (string)"), "20.9");
setTimeout(() => console.log("1.0000001"), 1.0000001);
