// Errors thrown while formatting: a throwing getter on a class (shown as [Getter]), a throwing toJSON in %j, a Proxy whose ownKeys trap throws, a throwing custom inspect.
const log = (...a) => console.log(...a);
class G { get bad() { throw new Error("getter threw"); } }
log(new G());
const obj = { get bad() { throw new Error("own getter threw"); }, ok: 1 };
log(obj);
try { log("%j", { toJSON() { throw new Error("toJSON threw"); } }); } catch (e) { log(`caught ${e.message}`); }
try { log(new Proxy({}, { ownKeys() { throw new Error("ownKeys threw"); } })); } catch (e) { log(`caught ${e.message}`); }
try { log({ [Symbol.for("Deno.customInspect")]() { throw new Error("inspect threw"); } }); } catch (e) { log(`caught ${e.message}`); }
log("end");
