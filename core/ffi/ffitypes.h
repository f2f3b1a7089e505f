// Deno's FFI native types: parsing their JavaScript definitions, libffi descriptions, and the
// conversions both ways with Deno 2.9.6's rules and error messages (ext/ffi/ir.rs, symbol.rs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include <ffi.h>
#include <v8.h>

namespace loopscope::ffi {

enum class Kind : std::uint8_t {
    Void, Bool, U8, I8, U16, I16, U32, I32, U64, I64, USize, ISize, F32, F64,
    Pointer, Buffer, Function, Struct,
};

struct StructLayout;

struct Type {
    Kind kind = Kind::Void;
    std::shared_ptr<StructLayout> layout; // Struct only

    bool isStruct() const { return kind == Kind::Struct; }
    ffi_type *ffi() const;
    std::size_t size() const;
};

struct StructLayout {
    std::vector<Type> fields;
    std::vector<ffi_type *> elements; // null-terminated, as libffi wants
    ffi_type type{};
    std::size_t size = 0;
    std::size_t align = 1;
};

const char *kindName(Kind kind);

// One argument or result, wide enough for every scalar type. Struct values live elsewhere; the
// slot then holds the pointer to their bytes.
union Slot {
    std::uint64_t u64;
    std::int64_t i64;
    double f64;
    float f32;
    void *ptr;
    ffi_arg widened; // small integer results come back widened to this
    std::uint8_t bytes[8];
};

// What a nonblocking call must keep alive while a worker thread uses its buffers.
using Pins = std::vector<std::shared_ptr<v8::BackingStore>>;

// Parses a type definition ("i32", { struct: [...] }). On failure a TypeError with Deno's
// message is thrown into the isolate and false returned.
bool parseType(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Value> value, Type &out,
               bool allowVoid = true);

// A function definition { parameters, result }: its types, parsed. Throws like parseType.
struct Signature {
    std::vector<Type> parameters;
    Type result;
    std::vector<ffi_type *> argTypes;
    ffi_cif cif{};
    bool nonblocking = false;
};
bool parseSignature(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Value> definition,
                    Signature &out);
// Prepares sig.cif (after parseSignature or a copy). False if libffi refuses the layout.
bool prepareCif(Signature &sig);

// JavaScript argument -> native slot, as Deno's ffi_parse_*_arg. For a struct, `slot.ptr` points
// at the bytes inside the buffer. With `pins`, the buffers' backing stores are kept (nonblocking).
// On a mismatch a TypeError is thrown and false returned.
bool toNative(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Value> value, const Type &type,
              Slot &slot, Pins *pins = nullptr);

// Where libffi must read the argument: the slot itself, or for a struct the bytes it points at.
inline void *argAddress(const Type &type, Slot &slot) { return type.isStruct() ? slot.ptr : &slot; }

// A native call's result (as ffi_call wrote it into `ret`) -> JavaScript.
v8::Local<v8::Value> resultToJs(v8::Isolate *isolate, const Type &type, const void *ret);
// A callback's argument (libffi hands us a pointer to it) -> JavaScript.
v8::Local<v8::Value> argToJs(v8::Isolate *isolate, const Type &type, const void *arg);

// A callback's JavaScript return value -> the native result, with Deno's lenient rules.
void callbackResult(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Value> value,
                    const Type &type, void *ret);
// The zero of the result type, written when a callback threw or could not run.
void zeroResult(const Type &type, void *ret);

// External <-> address.
v8::Local<v8::Value> pointerValue(v8::Isolate *isolate, void *ptr); // null for NULL
bool pointerFrom(v8::Local<v8::Value> value, void *&out);           // External or null

} // namespace loopscope::ffi
