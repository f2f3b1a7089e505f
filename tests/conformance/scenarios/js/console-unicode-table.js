// console.table with emoji, combining marks, CJK, zero-width and RTL cells (column widths).
console.table([{ a: "😀", b: "e\u0301e\u0301" }, { a: "中文字", b: "a\u200bb" }, { a: "שלום", b: "\ud800" }]);
console.table({ "👍": { x: "ｆｕｌｌ" }, "é": { x: "\t" } });
