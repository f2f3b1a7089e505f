// Many then-callbacks on one promise plus chains branching off each; breadth-first ordering across branches.
const log = (s) => console.log(s);
let resolveRoot;
const root = new Promise((r) => { resolveRoot = r; });
for (const name of ["A", "B", "C"]) {
  root.then((v) => { log(name + "1 " + v); return name; })
      .then((v) => { log(v + "2"); return v + v; })
      .then((v) => log(v + "3"));
}
root.then(() => { log("D1 throws"); throw new Error("d"); }).then(() => log("never")).catch((e) => log("D caught " + e.message)).then(() => log("D after catch"));
log("resolving root");
resolveRoot("go");
resolveRoot("ignored");
log("sync end");
