// Uint8Array.fromBase64 / fromHex and .toBase64 / .toHex / .setFromBase64 / .setFromHex.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "THROW", e.constructor.name, e.message);
  }
};
const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 62, 63, 64]);
for (let n = 0; n <= 5; n++) {
  const b = bytes.subarray(0, n);
  show(`toBase64 ${n}`, () => [b.toBase64(), b.toBase64({ alphabet: "base64url" }), b.toBase64({ omitPadding: true }), b.toHex()]);
}
show("toBase64 all", () => [bytes.toBase64(), bytes.toBase64({ alphabet: "base64url", omitPadding: 1 })]);
show("round trip", () => {
  const all = new Uint8Array(256).map((_, i) => i);
  return [Uint8Array.fromBase64(all.toBase64()).every((v, i) => v === i), Uint8Array.fromHex(all.toHex()).every((v, i) => v === i)];
});
for (const s of ["", "AA==", "AAA=", "AAAA", "AQID", " A Q\tI\nD \f\r", "a=", "aa=", "aa=a", "aaa=a", "aaaa=", "aa==a", "aa===",
  "a", "aa", "aaa", "aaaaa", "ab", "abc", "ab==", "abc=", "aa-_", "aa+/", "aé", "=", "==", "aa= =", "aaa==", "a=a", "a =", "ab= "]) {
  for (const lastChunkHandling of [undefined, "loose", "strict", "stop-before-partial"]) {
    show(`fromBase64(${JSON.stringify(s)}, ${lastChunkHandling})`, () => Uint8Array.fromBase64(s, { lastChunkHandling }));
  }
}
show("base64url", () => [Uint8Array.fromBase64("-_-_", { alphabet: "base64url" }), Uint8Array.fromBase64("+/+/", { alphabet: "base64url" })]);
for (const opts of [null, 1, "x", () => {}, { alphabet: "x" }, { alphabet: 1 }, { alphabet: {} }, { alphabet: new String("base64") },
  { lastChunkHandling: "x" }, { lastChunkHandling: 5 }, { get alphabet() { throw new Error("getter"); } }]) {
  show(`fromBase64 opts ${Deno.inspect(opts)}`, () => Uint8Array.fromBase64("aa", opts));
}
show("option read order", () => {
  const log = [];
  Uint8Array.fromBase64("", { get alphabet() { log.push("alphabet"); }, get lastChunkHandling() { log.push("lastChunkHandling"); } });
  new Uint8Array(1).toBase64({ get alphabet() { log.push("alphabet"); }, get omitPadding() { log.push("omitPadding"); } });
  return log;
});
for (const s of ["", "0", "00", "0g", "g0", "00 ", " 00", "0x", "AbCd", "abcdef0", "ffFF", "\u0660\u0661"]) {
  show(`fromHex(${JSON.stringify(s)})`, () => Uint8Array.fromHex(s));
}
for (const v of [1, null, undefined, {}, new String("aa")]) {
  show(`fromBase64(${Deno.inspect(v)})`, () => Uint8Array.fromBase64(v));
  show(`fromHex(${Deno.inspect(v)})`, () => Uint8Array.fromHex(v));
}
show("setFromBase64", () => { const u = new Uint8Array(4); return [u.setFromBase64("AQID"), u]; });
show("setFromBase64 small", () => { const u = new Uint8Array(4); return [u.setFromBase64("AQIDBAUG"), u]; });
show("setFromBase64 partial", () => { const u = new Uint8Array(2); return [u.setFromBase64("AQID"), u]; });
show("setFromBase64 exact", () => { const u = new Uint8Array(3); return [u.setFromBase64("AQID BAU="), u]; });
show("setFromBase64 error writes", () => { const u = new Uint8Array(8); try { u.setFromBase64("AQIDBA!!"); } catch (e) { return [e.message, u]; } });
show("setFromBase64 stop", () => { const u = new Uint8Array(8); return [u.setFromBase64("AQIDBA", { lastChunkHandling: "stop-before-partial" }), u]; });
show("setFromBase64 subarray", () => { const u = new Uint8Array(6); const r = u.subarray(2, 4).setFromBase64("/////w=="); return [r, u]; });
show("setFromHex", () => { const u = new Uint8Array(2); return [u.setFromHex("aabbcc"), u]; });
show("setFromHex error", () => { const u = new Uint8Array(4); try { u.setFromHex("aabbzz"); } catch (e) { return [e.message, u]; } });
show("setFromHex odd", () => { const u = new Uint8Array(4); try { u.setFromHex("aab"); } catch (e) { return [e.message, u]; } });
for (const [name, args] of [["toBase64", []], ["toHex", []], ["setFromBase64", ["AA=="]], ["setFromHex", ["00"]]]) {
  for (const recv of [{}, 1, [], new Int8Array(1), new Uint8ClampedArray(1), new Float64Array(1), null]) {
    show(`${name} on ${Deno.inspect(recv)}`, () => Uint8Array.prototype[name].apply(recv, args));
  }
}
show("toBase64 opts", () => new Uint8Array(1).toBase64("x"));
show("toBase64 alphabet obj", () => new Uint8Array(1).toBase64({ alphabet: {} }));
for (const [o, k] of [[Uint8Array, "fromBase64"], [Uint8Array, "fromHex"], [Uint8Array.prototype, "toBase64"], [Uint8Array.prototype, "toHex"],
  [Uint8Array.prototype, "setFromBase64"], [Uint8Array.prototype, "setFromHex"]]) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  console.log(k, d.value.length, d.writable, d.enumerable, d.configurable, d.value);
}
show("not on other arrays", () => [typeof Int8Array.fromBase64, typeof new Int8Array(1).toBase64, Object.hasOwn(Uint8Array, "fromHex")]);
