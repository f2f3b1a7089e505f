// Deno.UnsafePointerView reads a static C record field by field: every getter at its offset,
// getPointer() then getCString() through it (UTF-8 decoded), getBool, and the view itself when
// printed. The record's layout is fixed in native/ffitest.h.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  blob: { parameters: [], result: "pointer" },
  blob_size: { parameters: [], result: "usize" },
});
const v = new Deno.UnsafePointerView(lib.symbols.blob());
console.log("size", lib.symbols.blob_size());
console.log("getUint8(0)", v.getUint8(0), " getUint8()", v.getUint8(), " getInt8(1)", v.getInt8(1));
console.log("getUint16(2)", v.getUint16(2), " getInt16(2)", v.getInt16(2));
console.log("getInt32(4)", v.getInt32(4), " getUint32(8)", v.getUint32(8), " getFloat32(12)", v.getFloat32(12));
console.log("getBigInt64(16)", v.getBigInt64(16), " getBigUint64(24)", v.getBigUint64(24));
console.log("getBigUint64(16)", v.getBigUint64(16), " getBigInt64(24)", v.getBigInt64(24));
console.log("getFloat64(32)", v.getFloat64(32));
console.log("getBool(0)", v.getBool(0), " getBool(52)", v.getBool(52));
console.log("getCString(48)", v.getCString(48), " getCString(49)", v.getCString(49));
const text = v.getPointer(40);
console.log("getPointer(40) then getCString():", new Deno.UnsafePointerView(text).getCString());
console.log("byte length of that text:", new TextEncoder().encode(new Deno.UnsafePointerView(text).getCString()).length);
console.log("the view:", v, " view.pointer is the record:", Deno.UnsafePointer.equals(v.pointer, lib.symbols.blob()));
