// Structs by value, buffers, C strings and function pointers
//
// Watch: a struct is declared as the list of its fields' types ({ struct: ["f64", "f64"] }) and
// travels as raw bytes: we pass a Uint8Array/Float64Array and get a fresh Uint8Array back, which
// a Float64Array view decodes. A callback that takes a struct receives a Uint8Array *copy*.
// Buffers are TypedArrays the native side reads and writes in place; 64-bit results are always
// BigInts (4950n); C strings come back as pointers read with UnsafePointerView.getCString().
// UnsafeFnPointer calls a C function pointer the library hands out.
// No callbacks from threads here, so nothing races. Deterministic.

const Point = { struct: ["f64", "f64"] }; // struct demo_point { double x, y; }
const Rect = { struct: [Point, Point] }; // struct demo_rect { demo_point origin, size; }

const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB") ?? "./libloopscope_demo.so", {
  demo_point_make: { parameters: ["f64", "f64"], result: Point },
  demo_point_add: { parameters: [Point, Point], result: Point },
  demo_rect_area: { parameters: [Rect], result: "f64" },
  demo_rect_center: { parameters: [Rect], result: Point },
  demo_rect_grow: { parameters: [Rect, "f64"], result: Rect },
  demo_visit_points: { parameters: ["function", "i32"], result: "f64" },
  demo_buffer_fill: { parameters: ["buffer", "usize", "u8"], result: "void" },
  demo_buffer_sum: { parameters: ["buffer", "usize"], result: "u64" },
  demo_greeting: { parameters: [], result: "pointer" },
  demo_upcase: { parameters: ["buffer"], result: "usize" },
  demo_get_adder: { parameters: [], result: "function" },
});
const s = lib.symbols;

// Structs come back as Uint8Arrays; view their bytes as doubles to read them.
const asDoubles = (bytes) => Array.from(new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8));

console.log("--- structs by value");
const p = s.demo_point_make(1.5, 2);
console.log(`demo_point_make(1.5, 2) -> ${p.constructor.name}(${p.length}) = [${asDoubles(p)}]`);
const q = new Float64Array([10, 20]); // any TypedArray holding the right bytes will do
console.log(`demo_point_add -> [${asDoubles(s.demo_point_add(p, q))}]`);
const rect = new Float64Array([0, 0, 4, 3]); // origin (0, 0), size 4 x 3
console.log(`demo_rect_area([0, 0, 4, 3]) -> ${s.demo_rect_area(rect)}`);
console.log(`demo_rect_center -> [${asDoubles(s.demo_rect_center(rect))}]`);
console.log(`demo_rect_grow(rect, 1) -> [${asDoubles(s.demo_rect_grow(rect, 1))}]`);

// A callback with a struct parameter: it gets a copy of the 16 bytes.
const visit = new Deno.UnsafeCallback({ parameters: [Point, "i32"], result: "f64" }, (point, i) => {
  const [x, y] = asDoubles(point);
  console.log(`  visit(point ${i}: ${point.constructor.name} [${x}, ${y}]) returns ${x + y}`);
  return x + y;
});
console.log(`demo_visit_points(cb, 3) -> ${s.demo_visit_points(visit.pointer, 3)}`);

console.log("--- buffers");
const bytes = new Uint8Array(100);
s.demo_buffer_fill(bytes, bytes.length, 0); // written in place: 0, 1, 2, ... 99
console.log(`after demo_buffer_fill: [${bytes.subarray(0, 5)}, ..., ${bytes[99]}]`);
const sum = s.demo_buffer_sum(bytes, bytes.length);
console.log(`demo_buffer_sum -> ${typeof sum} ${sum}n`);

console.log("--- C strings");
const greeting = s.demo_greeting();
console.log(`demo_greeting() -> a pointer; getCString reads "${Deno.UnsafePointerView.getCString(greeting)}"`);
const text = new TextEncoder().encode("make me loud\0"); // NUL-terminated UTF-8
const length = s.demo_upcase(text);
console.log(`demo_upcase -> ${length}n bytes (usize is 64-bit: a BigInt),`,
  `text is now "${new TextDecoder().decode(text.subarray(0, Number(length)))}"`);

console.log("--- function pointers");
const add = new Deno.UnsafeFnPointer(s.demo_get_adder(), { parameters: ["i32", "i32"], result: "i32" });
console.log(`UnsafeFnPointer(demo_get_adder()).call(2, 40) -> ${add.call(2, 40)}`);

visit.close();
lib.close();
