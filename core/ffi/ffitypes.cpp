// Deno's FFI types and conversions. Each rule names the Deno function it follows.
#include "ffi/ffitypes.h"

#include "runtime/v8util.h"

#include <cmath>
#include <cstring>

namespace loopscope::ffi {

using v8util::str;

namespace {

struct KindName {
    const char *name;
    Kind kind;
};
constexpr KindName kKinds[] = {
    {"void", Kind::Void},     {"bool", Kind::Bool},     {"u8", Kind::U8},           {"i8", Kind::I8},
    {"u16", Kind::U16},       {"i16", Kind::I16},       {"u32", Kind::U32},         {"i32", Kind::I32},
    {"u64", Kind::U64},       {"i64", Kind::I64},       {"usize", Kind::USize},     {"isize", Kind::ISize},
    {"f32", Kind::F32},       {"f64", Kind::F64},       {"pointer", Kind::Pointer}, {"buffer", Kind::Buffer},
    {"function", Kind::Function},
};

void throwType(v8::Isolate *isolate, const QString &message)
{
    isolate->ThrowException(v8::Exception::TypeError(str(isolate, message)));
}

QString unknownVariant(const QString &name)
{
    return QStringLiteral("unknown variant `%1`, expected one of `void`, `bool`, `u8`, `i8`, `u16`, `i16`, "
                          "`u32`, `i32`, `u64`, `i64`, `usize`, `isize`, `f32`, `f64`, `pointer`, "
                          "`buffer`, `function`, `struct`")
        .arg(name);
}

// serde's "invalid type" wording for a value that is neither a type name nor a struct.
QString invalidType(v8::Isolate *isolate, v8::Local<v8::Value> value)
{
    QString what;
    if (value->IsUndefined() || value->IsNull())
        what = QStringLiteral("unit value");
    else if (value->IsBoolean())
        what = QStringLiteral("boolean `%1`").arg(value->IsTrue() ? u"true" : u"false");
    else if (value->IsNumber())
        what = QStringLiteral("floating point `%1`").arg(v8util::qstr(isolate, value));
    else if (value->IsArray())
        what = QStringLiteral("sequence");
    else
        what = QStringLiteral("map");
    return QStringLiteral("invalid type: %1, expected string or map").arg(what);
}

bool layoutStruct(StructLayout &layout)
{
    layout.elements.clear();
    for (const Type &field : layout.fields)
        layout.elements.push_back(field.ffi());
    layout.elements.push_back(nullptr);
    layout.type.size = 0;
    layout.type.alignment = 0;
    layout.type.type = FFI_TYPE_STRUCT;
    layout.type.elements = layout.elements.data();
    // Deno's getTypeSizeAndAlignment: C layout, each field at its own alignment.
    std::size_t size = 0, align = 1;
    for (const Type &field : layout.fields) {
        const std::size_t fa = field.isStruct() ? field.layout->align : field.size();
        align = std::max(align, fa);
        size = (size + fa - 1) / fa * fa + field.size();
    }
    layout.size = (size + align - 1) / align * align;
    layout.align = align;
    // Let libffi fill in size and alignment (it checks the layout as it does).
    std::vector<std::size_t> offsets(layout.fields.size());
    return layout.fields.empty()
        || ffi_get_struct_offsets(FFI_DEFAULT_ABI, &layout.type, offsets.data()) == FFI_OK;
}

} // namespace

const char *kindName(Kind kind)
{
    if (kind == Kind::Struct)
        return "struct";
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return k.name;
    return "?";
}

ffi_type *Type::ffi() const
{
    switch (kind) {
    case Kind::Void: return &ffi_type_void;
    case Kind::Bool: return &ffi_type_uint8;
    case Kind::U8: return &ffi_type_uint8;
    case Kind::I8: return &ffi_type_sint8;
    case Kind::U16: return &ffi_type_uint16;
    case Kind::I16: return &ffi_type_sint16;
    case Kind::U32: return &ffi_type_uint32;
    case Kind::I32: return &ffi_type_sint32;
    case Kind::U64: case Kind::USize: return &ffi_type_uint64;
    case Kind::I64: case Kind::ISize: return &ffi_type_sint64;
    case Kind::F32: return &ffi_type_float;
    case Kind::F64: return &ffi_type_double;
    case Kind::Pointer: case Kind::Buffer: case Kind::Function: return &ffi_type_pointer;
    case Kind::Struct: return &layout->type;
    }
    return &ffi_type_void;
}

std::size_t Type::size() const
{
    switch (kind) {
    case Kind::Void: return 0;
    case Kind::Bool: case Kind::U8: case Kind::I8: return 1;
    case Kind::U16: case Kind::I16: return 2;
    case Kind::U32: case Kind::I32: case Kind::F32: return 4;
    case Kind::Struct: return layout->size;
    default: return 8;
    }
}

bool parseType(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Value> value, Type &out,
               bool allowVoid)
{
    if (value->IsString()) {
        const QString name = v8util::qstr(isolate, value);
        for (const KindName &k : kKinds) {
            if (name == QLatin1StringView(k.name) && (allowVoid || k.kind != Kind::Void)) {
                out.kind = k.kind;
                out.layout.reset();
                return true;
            }
        }
        throwType(isolate, unknownVariant(name));
        return false;
    }
    if (value->IsObject() && !value->IsArray()) {
        v8::Local<v8::Value> fields;
        if (!value.As<v8::Object>()->Get(ctx, str(isolate, "struct")).ToLocal(&fields))
            return false;
        if (!fields->IsArray()) {
            throwType(isolate, fields->IsUndefined() ? QStringLiteral("missing field `struct`")
                                                     : QStringLiteral("invalid type: expected a sequence"));
            return false;
        }
        auto layout = std::make_shared<StructLayout>();
        v8::Local<v8::Array> list = fields.As<v8::Array>();
        for (uint32_t i = 0; i < list->Length(); ++i) {
            v8::Local<v8::Value> item;
            Type field;
            if (!list->Get(ctx, i).ToLocal(&item) || !parseType(isolate, ctx, item, field, false))
                return false;
            layout->fields.push_back(std::move(field));
        }
        if (layout->fields.empty()) {
            throwType(isolate, QStringLiteral("Struct must have at least one field"));
            return false;
        }
        if (!layoutStruct(*layout)) {
            throwType(isolate, QStringLiteral("Invalid FFI struct layout"));
            return false;
        }
        out.kind = Kind::Struct;
        out.layout = std::move(layout);
        return true;
    }
    throwType(isolate, invalidType(isolate, value));
    return false;
}

bool parseSignature(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Value> definition,
                    Signature &out)
{
    if (!definition->IsObject()) {
        throwType(isolate, QStringLiteral("invalid type: expected struct ForeignFunction"));
        return false;
    }
    v8::Local<v8::Object> def = definition.As<v8::Object>();
    v8::Local<v8::Value> params, result, nonblocking;
    if (!def->Get(ctx, str(isolate, "parameters")).ToLocal(&params)
        || !def->Get(ctx, str(isolate, "result")).ToLocal(&result)
        || !def->Get(ctx, str(isolate, "nonblocking")).ToLocal(&nonblocking))
        return false;
    if (params->IsUndefined()) {
        throwType(isolate, QStringLiteral("missing field `parameters`"));
        return false;
    }
    if (!params->IsArray()) {
        throwType(isolate, QStringLiteral("invalid type: map, expected a sequence"));
        return false;
    }
    v8::Local<v8::Array> list = params.As<v8::Array>();
    out.parameters.clear();
    for (uint32_t i = 0; i < list->Length(); ++i) {
        v8::Local<v8::Value> item;
        Type t;
        if (!list->Get(ctx, i).ToLocal(&item) || !parseType(isolate, ctx, item, t, false))
            return false;
        out.parameters.push_back(std::move(t));
    }
    if (result->IsUndefined()) {
        throwType(isolate, QStringLiteral("missing field `result`"));
        return false;
    }
    if (!parseType(isolate, ctx, result, out.result))
        return false;
    out.nonblocking = nonblocking->BooleanValue(isolate);
    if (!prepareCif(out)) {
        throwType(isolate, QStringLiteral("Invalid FFI signature"));
        return false;
    }
    return true;
}

bool prepareCif(Signature &sig)
{
    sig.argTypes.clear();
    for (const Type &t : sig.parameters)
        sig.argTypes.push_back(t.ffi());
    return ffi_prep_cif(&sig.cif, FFI_DEFAULT_ABI, unsigned(sig.argTypes.size()), sig.result.ffi(),
                        sig.argTypes.empty() ? nullptr : sig.argTypes.data())
        == FFI_OK;
}

namespace {

// The data pointer of an ArrayBuffer or a view (Deno's parse_buffer_arg), pinning it if asked.
bool bufferPointer(v8::Isolate *isolate, v8::Local<v8::Value> value, void *&out, Pins *pins)
{
    (void)isolate;
    if (value->IsArrayBuffer()) {
        auto ab = value.As<v8::ArrayBuffer>();
        auto store = ab->GetBackingStore();
        out = store->Data();
        if (pins)
            pins->push_back(std::move(store));
        return true;
    }
    if (value->IsArrayBufferView()) {
        auto view = value.As<v8::ArrayBufferView>();
        auto store = view->Buffer()->GetBackingStore();
        out = view->ByteLength() == 0 && !store->Data() ? nullptr
                                                        : static_cast<char *>(store->Data()) + view->ByteOffset();
        if (pins)
            pins->push_back(std::move(store));
        return true;
    }
    return false;
}

bool isUint32(v8::Local<v8::Value> v) { return v->IsUint32(); }
bool isInt32(v8::Local<v8::Value> v) { return v->IsInt32(); }

// v8's IntegerValue for a Number: NaN -> 0, truncation, saturation at the i64 range.
std::int64_t integerValue(double d)
{
    if (std::isnan(d))
        return 0;
    if (d >= 9223372036854775807.0)
        return INT64_MAX;
    if (d <= -9223372036854775808.0)
        return INT64_MIN;
    return std::int64_t(d);
}

} // namespace

bool toNative(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Value> value, const Type &type,
              Slot &slot, Pins *pins)
{
    (void)ctx;
    slot.u64 = 0;
    switch (type.kind) {
    case Kind::Void:
        return true;
    case Kind::Bool:
        if (!value->IsBoolean())
            return throwType(isolate, QStringLiteral("Invalid FFI u8 type, expected boolean")), false;
        slot.bytes[0] = value->IsTrue() ? 1 : 0;
        return true;
    case Kind::U8: case Kind::U16: case Kind::U32: {
        if (!isUint32(value))
            return throwType(isolate, QStringLiteral("Invalid FFI %1 type, expected unsigned integer")
                                          .arg(QLatin1StringView(kindName(type.kind)))),
                   false;
        const std::uint32_t v = value.As<v8::Uint32>()->Value();
        if (type.kind == Kind::U8)
            *reinterpret_cast<std::uint8_t *>(&slot) = std::uint8_t(v);
        else if (type.kind == Kind::U16)
            *reinterpret_cast<std::uint16_t *>(&slot) = std::uint16_t(v);
        else
            *reinterpret_cast<std::uint32_t *>(&slot) = v;
        return true;
    }
    case Kind::I8: case Kind::I16: case Kind::I32: {
        if (!isInt32(value))
            return throwType(isolate, QStringLiteral("Invalid FFI %1 type, expected integer")
                                          .arg(QLatin1StringView(kindName(type.kind)))),
                   false;
        const std::int32_t v = value.As<v8::Int32>()->Value();
        if (type.kind == Kind::I8)
            *reinterpret_cast<std::int8_t *>(&slot) = std::int8_t(v);
        else if (type.kind == Kind::I16)
            *reinterpret_cast<std::int16_t *>(&slot) = std::int16_t(v);
        else
            *reinterpret_cast<std::int32_t *>(&slot) = v;
        return true;
    }
    case Kind::U64: case Kind::I64: case Kind::USize: case Kind::ISize: {
        if (value->IsBigInt()) {
            auto big = value.As<v8::BigInt>();
            if (type.kind == Kind::U64 || type.kind == Kind::USize)
                slot.u64 = big->Uint64Value();
            else
                slot.i64 = big->Int64Value();
            return true;
        }
        if (value->IsNumber()) {
            slot.i64 = integerValue(value.As<v8::Number>()->Value());
            return true;
        }
        const bool isUnsigned = type.kind == Kind::U64 || type.kind == Kind::USize;
        throwType(isolate, QStringLiteral("Invalid FFI %1 type, expected %2")
                               .arg(QLatin1StringView(kindName(type.kind)),
                                    isUnsigned ? QStringLiteral("unsigned integer") : QStringLiteral("integer")));
        return false;
    }
    case Kind::F32:
        if (!value->IsNumber())
            return throwType(isolate, QStringLiteral("Invalid FFI f32 type, expected number")), false;
        slot.f32 = float(value.As<v8::Number>()->Value());
        return true;
    case Kind::F64:
        if (!value->IsNumber())
            return throwType(isolate, QStringLiteral("Invalid FFI f64 type, expected number")), false;
        slot.f64 = value.As<v8::Number>()->Value();
        return true;
    case Kind::Pointer: case Kind::Function:
        if (!pointerFrom(value, slot.ptr)) {
            throwType(isolate, type.kind == Kind::Pointer
                                   ? QStringLiteral("Invalid FFI pointer type, expected null, or External")
                                   : QStringLiteral("Invalid FFI function type, expected null, or External"));
            return false;
        }
        return true;
    case Kind::Buffer:
        if (value->IsNull()) {
            slot.ptr = nullptr;
            return true;
        }
        if (!bufferPointer(isolate, value, slot.ptr, pins)) {
            throwType(isolate, QStringLiteral("Invalid FFI buffer type, expected null, ArrayBuffer, or ArrayBufferView"));
            return false;
        }
        return true;
    case Kind::Struct: {
        void *data = nullptr;
        if (value->IsArrayBuffer()) {
            if (!bufferPointer(isolate, value, data, pins) || !data)
                return throwType(isolate, QStringLiteral("Invalid FFI ArrayBuffer, expected data in buffer")), false;
        } else if (value->IsArrayBufferView()) {
            if (!bufferPointer(isolate, value, data, pins) || !data)
                return throwType(isolate, QStringLiteral("Invalid FFI ArrayBufferView, expected data in the buffer")),
                       false;
        } else {
            throwType(isolate, QStringLiteral("Invalid FFI struct type, expected ArrayBuffer, or ArrayBufferView"));
            return false;
        }
        slot.ptr = data;
        return true;
    }
    }
    return false;
}

namespace {

template <typename T>
T load(const void *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

v8::Local<v8::Value> scalarToJs(v8::Isolate *isolate, Kind kind, const void *p, bool widened)
{
    // libffi widens small integer results to ffi_arg; arguments arrive at their own size.
    auto small = [&](auto tag) {
        using T = decltype(tag);
        return widened ? T(load<ffi_arg>(p)) : load<T>(p);
    };
    switch (kind) {
    case Kind::Void: return v8::Undefined(isolate);
    case Kind::Bool: return v8::Boolean::New(isolate, small(std::uint8_t{}) != 0);
    case Kind::U8: return v8::Integer::NewFromUnsigned(isolate, small(std::uint8_t{}));
    case Kind::I8: return v8::Integer::New(isolate, small(std::int8_t{}));
    case Kind::U16: return v8::Integer::NewFromUnsigned(isolate, small(std::uint16_t{}));
    case Kind::I16: return v8::Integer::New(isolate, small(std::int16_t{}));
    case Kind::U32: return v8::Integer::NewFromUnsigned(isolate, small(std::uint32_t{}));
    case Kind::I32: return v8::Integer::New(isolate, small(std::int32_t{}));
    case Kind::U64: case Kind::USize: return v8::BigInt::NewFromUnsigned(isolate, load<std::uint64_t>(p));
    case Kind::I64: case Kind::ISize: return v8::BigInt::New(isolate, load<std::int64_t>(p));
    case Kind::F32: return v8::Number::New(isolate, load<float>(p));
    case Kind::F64: return v8::Number::New(isolate, load<double>(p));
    case Kind::Pointer: case Kind::Buffer: case Kind::Function: return pointerValue(isolate, load<void *>(p));
    case Kind::Struct: break;
    }
    return v8::Null(isolate);
}

v8::Local<v8::Value> structCopy(v8::Isolate *isolate, const Type &type, const void *bytes)
{
    const std::size_t size = type.size();
    auto store = v8::ArrayBuffer::NewBackingStore(isolate, size);
    if (size)
        std::memcpy(store->Data(), bytes, size);
    auto ab = v8::ArrayBuffer::New(isolate, std::move(store));
    return v8::Uint8Array::New(ab, 0, size);
}

} // namespace

v8::Local<v8::Value> resultToJs(v8::Isolate *isolate, const Type &type, const void *ret)
{
    if (type.isStruct())
        return v8::Null(isolate); // the caller's out-buffer holds it
    return scalarToJs(isolate, type.kind, ret, true);
}

v8::Local<v8::Value> argToJs(v8::Isolate *isolate, const Type &type, const void *arg)
{
    if (type.isStruct())
        return structCopy(isolate, type, arg);
    return scalarToJs(isolate, type.kind, arg, false);
}

void zeroResult(const Type &type, void *ret)
{
    if (!ret)
        return;
    if (type.isStruct())
        std::memset(ret, 0, type.size());
    else if (type.kind != Kind::Void)
        std::memset(ret, 0, sizeof(ffi_arg) > 8 ? sizeof(ffi_arg) : 8);
}

void callbackResult(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Value> value,
                    const Type &type, void *ret)
{
    // Deno's do_ffi_callback return conversion.
    auto storeWide = [&](auto v) {
        using T = decltype(v);
        ffi_arg wide = std::is_signed_v<T> ? ffi_arg(std::int64_t(v)) : ffi_arg(v);
        std::memcpy(ret, &wide, sizeof wide);
    };
    switch (type.kind) {
    case Kind::Void:
        return;
    case Kind::Bool:
        storeWide(std::uint8_t(value->BooleanValue(isolate) ? 1 : 0));
        return;
    case Kind::U8: case Kind::U16: case Kind::U32: {
        std::uint32_t v = value->IsUint32() ? value.As<v8::Uint32>()->Value()
                                             : value->Uint32Value(ctx).FromMaybe(0);
        if (type.kind == Kind::U8)
            storeWide(std::uint8_t(v));
        else if (type.kind == Kind::U16)
            storeWide(std::uint16_t(v));
        else
            storeWide(v);
        return;
    }
    case Kind::I8: case Kind::I16: case Kind::I32: {
        std::int32_t v = value->IsInt32() ? value.As<v8::Int32>()->Value() : value->Int32Value(ctx).FromMaybe(0);
        if (type.kind == Kind::I8)
            storeWide(std::int8_t(v));
        else if (type.kind == Kind::I16)
            storeWide(std::int16_t(v));
        else
            storeWide(v);
        return;
    }
    case Kind::U64: case Kind::USize: {
        // BigInt (wrapping), a uint32, a Number cast as Rust's `as` does (saturating, NaN -> 0).
        std::uint64_t v = 0;
        if (value->IsBigInt()) {
            v = value.As<v8::BigInt>()->Uint64Value();
        } else if (value->IsUint32()) {
            v = value.As<v8::Uint32>()->Value();
        } else if (value->IsNumber()) {
            const double d = value.As<v8::Number>()->Value();
            v = std::isnan(d) || d <= 0 ? 0 : d >= 18446744073709551615.0 ? UINT64_MAX : std::uint64_t(d);
        } else {
            v = std::uint64_t(value->IntegerValue(ctx).FromMaybe(0));
        }
        std::memcpy(ret, &v, sizeof v);
        return;
    }
    case Kind::I64: case Kind::ISize: {
        std::int64_t v = 0;
        if (value->IsBigInt())
            v = value.As<v8::BigInt>()->Int64Value();
        else if (value->IsInt32())
            v = value.As<v8::Int32>()->Value();
        else if (value->IsNumber())
            v = integerValue(value.As<v8::Number>()->Value());
        else
            v = value->IntegerValue(ctx).FromMaybe(0);
        std::memcpy(ret, &v, sizeof v);
        return;
    }
    case Kind::F32: {
        const float f = float(value->NumberValue(ctx).FromMaybe(0));
        std::memcpy(ret, &f, sizeof f);
        return;
    }
    case Kind::F64: {
        const double d = value->NumberValue(ctx).FromMaybe(0);
        std::memcpy(ret, &d, sizeof d);
        return;
    }
    case Kind::Pointer: case Kind::Function: {
        void *p = value->IsExternal() ? value.As<v8::External>()->Value() : nullptr;
        std::memcpy(ret, &p, sizeof p);
        return;
    }
    case Kind::Buffer: {
        void *p = nullptr;
        if (!bufferPointer(isolate, value, p, nullptr))
            p = nullptr;
        std::memcpy(ret, &p, sizeof p);
        return;
    }
    case Kind::Struct: {
        void *data = nullptr;
        std::size_t len = 0;
        if (value->IsArrayBufferView()) {
            len = value.As<v8::ArrayBufferView>()->ByteLength();
            bufferPointer(isolate, value, data, nullptr);
        } else if (value->IsArrayBuffer()) {
            len = value.As<v8::ArrayBuffer>()->ByteLength();
            bufferPointer(isolate, value, data, nullptr);
        }
        std::memset(ret, 0, type.size());
        if (data)
            std::memcpy(ret, data, std::min(len, type.size()));
        return;
    }
    }
}

v8::Local<v8::Value> pointerValue(v8::Isolate *isolate, void *ptr)
{
    if (!ptr)
        return v8::Null(isolate);
    return v8::External::New(isolate, ptr);
}

bool pointerFrom(v8::Local<v8::Value> value, void *&out)
{
    if (value->IsNull()) {
        out = nullptr;
        return true;
    }
    if (value->IsExternal()) {
        out = value.As<v8::External>()->Value();
        return true;
    }
    return false;
}

} // namespace loopscope::ffi
