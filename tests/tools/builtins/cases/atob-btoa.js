// atob / btoa: values, forgiving-base64, errors and the global accessors.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, "THROW", Object.prototype.toString.call(e), e.name, JSON.stringify(e.message), e.code);
  }
};
for (const v of ["hello", "", "\xff\xfe", "a", "ab", "abc", "€", "\u0100", undefined, null, 123, { toString() { return "x"; } }, Symbol(), "\0\x01"]) {
  show(`btoa(${typeof v === "symbol" ? "symbol" : JSON.stringify(String(v))})`, () => btoa(v));
}
show("btoa()", () => btoa());
for (const v of ["aGVsbG8=", "aGVsbG8", " aGVs\nbG8= \t\f\r", "!!!!", "a", "aaaaa", "aGVsbG8==", "aG=VsbG8", "YR==", "YQ", "YR", "YQ===",
  "YQ=", "", "a-_b", "aé", "////", "AAAA", "ab\u000bcd", undefined, null, 0, Symbol()]) {
  show(`atob(${typeof v === "symbol" ? "symbol" : JSON.stringify(String(v))})`, () => atob(v));
}
show("atob()", () => atob());
show("round trip", () => { let s = ""; for (let i = 0; i < 256; i++) s += String.fromCharCode(i); return atob(btoa(s)) === s; });
try {
  btoa("€");
} catch (e) {
  console.log(e);
}
try {
  atob("!");
} catch (e) {
  console.log(e);
}
try {
  atob();
} catch (e) {
  console.log(e);
  console.log(Object.getOwnPropertyNames(e), e.code);
}
console.log(atob, btoa, atob.length, btoa.length, atob.name, btoa.name, typeof atob.prototype);
for (const name of ["atob", "btoa"]) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name, d.get.length, d.set.length, d.get() === globalThis[name]);
}
atob = 5;
console.log(Object.getOwnPropertyDescriptor(globalThis, "atob"), atob);
globalThis.btoa = undefined;
console.log(Object.getOwnPropertyDescriptor(globalThis, "btoa"));
console.log(Object.keys(globalThis).filter((k) => ["atob", "btoa", "structuredClone", "DOMException", "Iterator"].includes(k)));
