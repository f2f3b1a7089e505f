// Strings print raw at top level but quoted and escaped inside arrays/objects (single quotes, then double, then backticks).
console.log("top level 'single' \"double\"");
console.log(["plain", "it's", 'say "hi"', `both ' and "`, "all ' \" `"]);
console.log({ s: "value", t: "line1\nline2", u: "tab\there", e: "" });
console.log(["unicode é ✓ 😀", "\u0000 nul", "\x1b esc", "back\\slash"]);
console.log("line1\nline2 at top level");
console.log(["a"], [""], [" "]);
const long = "x".repeat(30);
console.log({ k1: long, k2: long, k3: long });
console.log(["short", "strings", "in", "an", "array", "of", "more", "than", "six", "items", "here"]);
console.log("a".repeat(200));
console.log({ key: "y".repeat(120) });
