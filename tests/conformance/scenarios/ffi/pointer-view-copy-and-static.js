// UnsafePointerView's copying methods and static forms: getArrayBuffer(length, offset) (memory
// shared with C, not a copy), copyInto(target, offset), and the static getCString /
// getArrayBuffer / copyInto taking a pointer; decoded with TextDecoder.
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {
  blob: { parameters: [], result: "pointer" },
  greeting: { parameters: [], result: "pointer" },
  c_strlen: { parameters: ["pointer"], result: "usize" },
  ints: { parameters: [], result: "pointer" },
  ints_sum: { parameters: [], result: "i32" },
});
const V = Deno.UnsafePointerView;
const blob = lib.symbols.blob();
const ab = new V(blob).getArrayBuffer(8, 48);
console.log(ab, "decoded:", JSON.stringify(new TextDecoder().decode(new Uint8Array(ab, 0, 3))));
const target = new Uint8Array(6);
new V(blob).copyInto(target, 48);
console.log("copyInto at 48:", target);
const four = new Uint8Array(4);
V.copyInto(blob, four, 4);
console.log("static copyInto at 4:", four, "as i32:", new Int32Array(four.buffer)[0]);
console.log("static getCString(blob, 48):", V.getCString(blob, 48));
const g = lib.symbols.greeting();
const len = Number(lib.symbols.c_strlen(g));
console.log("greeting: getCString", V.getCString(g), "| from offset 1:", V.getCString(g, 1), "| bytes:", len);
console.log("TextDecoder over getArrayBuffer:", new TextDecoder().decode(V.getArrayBuffer(g, len)));
const ints = new Int32Array(V.getArrayBuffer(lib.symbols.ints(), 32));
console.log("ints:", Array.from(ints).join(","), "sum in C:", lib.symbols.ints_sum());
ints[0] = 1000;
console.log("after writing ints[0] from JS, sum in C:", lib.symbols.ints_sum());
ints[0] = 10;
