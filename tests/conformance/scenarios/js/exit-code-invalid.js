// process.exitCode validation (Node errors with codes), the raw value the getter returns, and Deno.exitCode's own validation.
for (const v of ["12", "abc", 1.5, {}, "", null, undefined, 2n]) {
  try { process.exitCode = v; console.log(`${String(v)} -> ${typeof process.exitCode} ${String(process.exitCode)} Deno.exitCode=${Deno.exitCode}`); }
  catch (e) { console.log(`${String(v)} threw ${e.name} ${e.code}: ${e.message}`); }
}
Deno.exitCode = 5;
console.log(process.exitCode, Deno.exitCode);
try { Deno.exitCode = "3"; } catch (e) { console.log(`Deno.exitCode="3" threw ${e.name}: ${e.message}`); }
try { Deno.exitCode = 1.5; } catch (e) { console.log(`Deno.exitCode=1.5 threw ${e.name}: ${e.message}`); }
console.log(Deno.exitCode);
process.exitCode = 300;
