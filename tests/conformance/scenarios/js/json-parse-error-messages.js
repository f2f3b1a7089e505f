// JSON.parse error messages for many malformed texts, as Deno's V8 words them.
const inputs = ['{', '{"a":1', '{"a" 1}', '{a:1}', "{'a':1}", '[1,2', '[1,,2]', '[1 2]', 'tru', 'nul', '"abc', '"a\\qb"', '01', '1.', '1e', '-', '{"a":1,}', '[1,]', '', ' ', 'abc', '{"a":1} x', '"\u0001"', 'undefined', 'NaN', '{"a":1}}', '{,}', '[', '123abc', '"\\u12"', '{"a":}', '{"a":1 "b":2}'];
for (const s of inputs) {
  try { JSON.parse(s); console.log("ok", JSON.stringify(s)); } catch (e) { console.log(JSON.stringify(s), "=>", e.message); }
}
