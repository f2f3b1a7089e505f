// Unicode in console output: emoji, combining marks, lone surrogates, RTL, zero-width, control characters, inside strings, arrays, object keys.
const s = ["😀👨‍👩‍👧", "e\u0301", "\ud800", "x\udc00y", "שלום", "a\u200bb", "\u202eabc", "tab\tnl\nnul\0", "\x1b[31mred", "\u2028\u2029", "\x7f", "'\"`"];
for (const x of s) console.log(x);
console.log(s);
console.log({ "😀": 1, "e\u0301": 2, "\ud800": 3, "a b": 4, "ok_key": 5, "1x": 6 });
console.log(new Map([["\ud83d", "\u200b"]]));
console.log("%s|%o", "\ud800", "\ud800");
