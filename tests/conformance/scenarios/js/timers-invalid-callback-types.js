// ERR_INVALID_ARG_TYPE messages for many non-function callbacks: quote choice, truncation of long strings, named/anonymous classes, symbols, bigint, null-prototype objects.
const log = (s) => console.log(s);
const values = [
  "plain", "it's", 'say "hi"', `both ' and "`, "a string that is definitely longer than twenty-eight chars",
  Symbol("sym"), 10n, true, 3.5, -0, NaN, null, [], [1, 2], new Map(), Object.create(null),
  new (class Named {})(), new (class {})(), /re/g, new Date(0),
];
for (const v of values) {
  try {
    setTimeout(v, 1);
    log("no throw");
  } catch (e) {
    log(e.message);
  }
}
