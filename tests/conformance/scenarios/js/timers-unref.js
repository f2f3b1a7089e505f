// Timeout.unref()/ref()/hasRef(): an unref'd timer does not keep the process alive but still fires if something else keeps the loop running.
const log = (s) => console.log(s);
const u1 = setTimeout(() => log("unref'd 10 ms timer fires while the 40 ms timer keeps the loop alive"), 10);
u1.unref();
log(`u1.hasRef(): ${u1.hasRef()} unref returns handle: ${u1.unref() === u1}`);
const u2 = setTimeout(() => log("never: unref'd 200 ms timer"), 200);
u2.unref();
const r = setTimeout(() => log("re-ref'd 50 ms timer"), 50);
r.unref();
r.ref();
setTimeout(() => log("40 ms ref'd timer"), 40);
const iv = setInterval(() => log("never: unref'd interval after exit"), 300);
iv.unref();
