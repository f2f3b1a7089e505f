// In Deno 2.9 setTimeout returns a Node-style Timeout object that coerces to a number usable with clearTimeout.
const t = setTimeout(() => console.log("never: cleared by numeric id"), 20);
console.log("typeof handle:", typeof t);
console.log("typeof +handle:", typeof +t);
console.log("Number.isInteger(+handle):", Number.isInteger(+t));
clearTimeout(+t);
const u = setTimeout(() => console.log("kept"), 1);
const i = setInterval(() => {}, 1000);
console.log("handles distinct:", +t !== +u && +u !== +i);
clearInterval(i);
console.log("clearTimeout returns:", clearTimeout(12345678));
console.log("typeof setTimeout:", typeof setTimeout, "same as globalThis:", globalThis.setTimeout === setTimeout);
