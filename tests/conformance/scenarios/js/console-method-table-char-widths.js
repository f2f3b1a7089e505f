const chars = ["🚀", "🤔", "⌚", "☀", "한", "\u1160", "x\u0301", "\u{E0100}", "\u00ad", "\u{1F1EF}\u{1F1F5}", "👨‍👩‍👧", "\u3000", "\uFF61", "Ω", "\u0600", "\u{10FFFF}", "\u{20000}", "\u2329", "\u303f", "\u{1b002}", "\u{1F64F}", "\u{1F650}", "\u{1f251}", "\u{1f252}", "\u{3fffd}","\u{3fffe}", "\uFE10", "\uFE1A", "\u200d", "\u2060", "\uFEFF", "\u0085", "\u009f", "\u00a0"];
const o = {};
for (const c of chars) o[c] = { w: c };
console.table(o);
