// JSON.parse error positions with line and column over multi-line texts, context snippets, reviver and non-string inputs.
const inputs = ['{\n  "a": 1,\n  b: 2\n}', '[\r\n1,\r\n2,]', '"abc\ndef"', '{"x": [1, 2, {"y": tru}]}', '{"a":1, "b":2, "c":3, "d": 4, "e": oops}', 'xyz0123456789012345678901234567890', '0123456789012345678901234567890xyz', '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, ?, 14, 15, 16, 17, 18, 19]', '{"a":"\\x"}', '{"a":"\\u00zz"}', '-x', '1e+', '[1.5.3]', '[-]', '{"a" : 1 , }', '  {  } x', '\t[]\n\n ]'];
for (const s of inputs) {
  try { JSON.parse(s); console.log("ok"); } catch (e) { console.log(e.name, "=>", e.message); }
}
try { JSON.parse('{"a": 1}', (k, v) => v); JSON.parse('{"a" 1}', (k, v) => v); } catch (e) { console.log("reviver:", e.message); }
try { JSON.parse(undefined); } catch (e) { console.log(e.message); }
try { JSON.parse({}); } catch (e) { console.log(e.message); }
try { JSON.parse("Infinity"); } catch (e) { console.log(e.message); }
