// this inside timer callbacks (the Timeout object), arguments passing, the handle's numeric conversion, and string/number coercions.
const log = (s) => console.log(s);
const h = setTimeout(function (a, b) {
  log(`this === handle: ${this === h}, args: ${a} ${b}, arguments.length ${arguments.length}`);
}, 1, "x", undefined);
setTimeout(() => log(`arrow this is globalThis: ${this === undefined || this === globalThis}`), 2);
const iv = setInterval(function (k) {
  log(`interval this === iv: ${this === iv}, k=${k}`);
  clearInterval(this);
}, 3, "kk");
log(`isFinite(+h): ${Number.isFinite(+h)}, \`\${h}\` is numeric: ${/^\d+$/.test(`${h}`)}`);
log(`handle has ref/unref/hasRef/refresh: ${["ref", "unref", "hasRef", "refresh"].map((k) => typeof h[k]).join(",")}`);
log(`hasRef: ${h.hasRef()}`);
