// The natives behind core/runtime/js/ffi.js: Deno's ops for dlopen, symbol calls (synchronous
// and nonblocking), pointers, pointer views and callbacks (ext/ffi/*.rs), with their messages.
#include "ffi/ffihost.h"
#include "ffi/ffiprivate.h"

#include "ffi/workerpool.h"
#include "runtime/engine.h"
#include "runtime/v8util.h"

#include <cstring>

#include <dlfcn.h>

namespace loopscope::ffi {

using v8util::ignore;
using v8util::qstr;
using v8util::str;

void callbackTrampoline(ffi_cif *, void *ret, void **args, void *userdata);

namespace {

std::mutex g_graveyardMutex;
std::vector<Pins> &graveyard()
{
    static auto *parked = new std::vector<Pins>;
    return *parked;
}

std::mutex g_recordsMutex;
std::vector<CallbackRecord *> &allRecords()
{
    static auto *records = new std::vector<CallbackRecord *>;
    return *records;
}

FfiHost *hostOf(const v8::FunctionCallbackInfo<v8::Value> &info)
{
    return static_cast<FfiHost *>(info.Data().As<v8::External>()->Value());
}

void throwError(v8::Isolate *isolate, const QString &message)
{
    isolate->ThrowException(v8::Exception::Error(str(isolate, message)));
}

void throwType(v8::Isolate *isolate, const QString &message)
{
    isolate->ThrowException(v8::Exception::TypeError(str(isolate, message)));
}

// Deno's BadResource: an Error named "BadResource" (class Deno.errors.BadResource).
void throwBadResource(v8::Isolate *isolate, v8::Local<v8::Context> ctx)
{
    v8::Local<v8::Value> deno, errors, ctor, error;
    v8::Local<v8::Value> message = str(isolate, "Bad resource ID");
    if (ctx->Global()->Get(ctx, str(isolate, "Deno")).ToLocal(&deno) && deno->IsObject()
        && deno.As<v8::Object>()->Get(ctx, str(isolate, "errors")).ToLocal(&errors) && errors->IsObject()
        && errors.As<v8::Object>()->Get(ctx, str(isolate, "BadResource")).ToLocal(&ctor) && ctor->IsFunction()
        && ctor.As<v8::Function>()->NewInstance(ctx, 1, &message).ToLocal(&error)) {
        isolate->ThrowException(error);
        return;
    }
    throwError(isolate, QStringLiteral("Bad resource ID"));
}

double numberArg(v8::Local<v8::Context> ctx, v8::Local<v8::Value> v)
{
    if (v->IsBigInt())
        return double(v.As<v8::BigInt>()->Int64Value());
    return v->NumberValue(ctx).FromMaybe(0);
}

void setFn(v8::Isolate *isolate, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target, const char *name,
           v8::FunctionCallback callback, v8::Local<v8::Value> data)
{
    v8::Local<v8::Function> fn = v8::FunctionTemplate::New(isolate, callback, data)->GetFunction(ctx).ToLocalChecked();
    fn->SetName(str(isolate, name));
    ignore(target->Set(ctx, str(isolate, name), fn));
}

// Converts the JS arguments for `sig` into `slots` (and libffi's argument pointers into `args`);
// false (with a TypeError thrown) on a mismatch.
template <typename ArgFn>
bool convertArgs(v8::Isolate *iso, v8::Local<v8::Context> ctx, const Signature &sig, ArgFn &&arg, Slot *slots,
                 void **args, Pins *pins)
{
    const std::size_t n = sig.parameters.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (!toNative(iso, ctx, arg(int(i)), sig.parameters[i], slots[i], pins))
            return false;
        args[i] = argAddress(sig.parameters[i], slots[i]);
    }
    return true;
}

template <typename ArgFn>
bool parseArgs(v8::Isolate *iso, v8::Local<v8::Context> ctx, const Signature &sig, ArgFn &&arg, CallData &data,
               bool pin)
{
    const std::size_t n = sig.parameters.size();
    data.slots.assign(n, Slot{});
    data.args.assign(n, nullptr);
    return convertArgs(iso, ctx, sig, arg, data.slots.data(), data.args.data(), pin ? &data.pins : nullptr);
}

// Argument storage of a synchronous call: on the stack for the usual few arguments.
struct SyncArgs {
    explicit SyncArgs(std::size_t n)
    {
        if (n > 8) {
            heapSlots.resize(n);
            heapArgs.resize(n);
            slots = heapSlots.data();
            args = heapArgs.data();
        }
    }
    Slot inlineSlots[8];
    void *inlineArgs[8];
    std::vector<Slot> heapSlots;
    std::vector<void *> heapArgs;
    Slot *slots = inlineSlots;
    void **args = inlineArgs;
};

// The out-buffer of a struct result (Deno's "Invalid FFI struct return buffer" checks).
bool structOut(v8::Isolate *iso, v8::Local<v8::Value> buffer, std::size_t size, void *&out, Pins *pins)
{
    if (!buffer->IsArrayBufferView() && !buffer->IsArrayBuffer()) {
        throwType(iso, QStringLiteral("Missing FFI struct return buffer"));
        return false;
    }
    std::size_t len = 0;
    std::shared_ptr<v8::BackingStore> store;
    std::size_t offset = 0;
    if (buffer->IsArrayBufferView()) {
        auto view = buffer.As<v8::ArrayBufferView>();
        len = view->ByteLength();
        store = view->Buffer()->GetBackingStore();
        offset = view->ByteOffset();
    } else {
        auto ab = buffer.As<v8::ArrayBuffer>();
        len = ab->ByteLength();
        store = ab->GetBackingStore();
    }
    if (len < size || !store->Data()) {
        throwType(iso, QStringLiteral("Invalid FFI struct return buffer: expected at least %1 bytes, got %2")
                           .arg(size)
                           .arg(len));
        return false;
    }
    out = static_cast<char *>(store->Data()) + offset;
    if (pins)
        pins->push_back(std::move(store));
    return true;
}

// The address `info[pointerArg]` + `info[offsetArg]` that UnsafePointerView and friends read or
// write (Deno's repr.rs checks): false, with Deno's TypeError thrown, for a value that is no
// pointer or for a null pointer (`nullMessage`).
bool pointerAt(const v8::FunctionCallbackInfo<v8::Value> &info, int pointerArg, int offsetArg,
               const QString &nullMessage, char *&at)
{
    v8::Isolate *iso = info.GetIsolate();
    void *p = nullptr;
    if (!pointerFrom(info[pointerArg], p)) {
        throwType(iso, QStringLiteral("expected external"));
        return false;
    }
    if (!p) {
        throwType(iso, nullMessage);
        return false;
    }
    at = static_cast<char *>(p) + std::int64_t(numberArg(iso->GetCurrentContext(), info[offsetArg]));
    return true;
}

} // namespace

struct Bindings {
    // The native call itself, on the engine thread. Afterwards, what a synchronous callback
    // threw during it is rethrown (only if its last invocation threw), and a stop that happened
    // inside it goes on. False when the caller must return at once.
    static bool nativeCall(FfiHost *host, v8::Isolate *iso, int nameId, std::uint32_t traceName, ffi_cif *cif,
                           void *fn, void *ret, void **args)
    {
        host->m_callbackException.Reset();
        host->m_callbackTerminated = false;
        ++host->m_nativeDepth;
        const int outer = host->m_inbox->enterNative(nameId);
        trace::Recorder *rec = host->m_inbox->recorder();
        std::uint32_t callId = 0;
        std::uint64_t outerFlow = host->m_nativeCallFlow;
        if (rec) [[unlikely]] {
            callId = ++host->m_nextNativeCallId;
            host->m_nativeCallFlow = rec->record(trace::Kind::NativeCallStart,
                                                {.id = callId, .flow = trace::Recorder::kNewFlow, .str = traceName});
        }
        ffi_call(cif, FFI_FN(fn), ret, cif->nargs ? args : nullptr);
        if (rec) [[unlikely]] {
            std::int64_t value = 0;
            if (cif->rtype->type != FFI_TYPE_VOID && cif->rtype->type != FFI_TYPE_STRUCT)
                std::memcpy(&value, ret, std::min<std::size_t>(cif->rtype->size, sizeof value));
            rec->record(trace::Kind::NativeCallEnd, {.id = callId, .value = value, .flow = host->m_nativeCallFlow});
            host->m_nativeCallFlow = outerFlow;
        }
        host->m_inbox->restoreNative(outer);
        --host->m_nativeDepth;
        if (host->m_callbackTerminated) {
            host->m_callbackTerminated = false;
            iso->TerminateExecution();
            return false;
        }
        if (!host->m_callbackException.IsEmpty()) {
            v8::Local<v8::Value> exception = host->m_callbackException.Get(iso);
            host->m_callbackException.Reset();
            iso->ThrowException(exception);
            return false;
        }
        return true;
    }

    // Synchronous call of a symbol (its struct result comes back as a new Uint8Array).
    static void symbolCall(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        auto *sym = static_cast<FfiHost::Symbol *>(info.Data().As<v8::External>()->Value());
        const Signature &sig = sym->signature;
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        SyncArgs a(sig.parameters.size());
        if (!convertArgs(iso, ctx, sig, [&](int i) { return info[i]; }, a.slots, a.args, nullptr))
            return;
        Slot ret{};
        void *retPtr = &ret;
        v8::Local<v8::Value> structResult;
        if (sig.result.isStruct()) {
            const std::size_t size = sig.result.size();
            auto ab = v8::ArrayBuffer::New(iso, size);
            structResult = v8::Uint8Array::New(ab, 0, size);
            retPtr = ab->GetBackingStore()->Data();
        }
        if (!nativeCall(sym->host, iso, sym->nameId, sym->traceName, const_cast<ffi_cif *>(&sig.cif), sym->fn, retPtr,
                        a.args))
            return;
        if (sig.result.isStruct())
            info.GetReturnValue().Set(structResult);
        else
            info.GetReturnValue().Set(resultToJs(iso, sig.result, retPtr));
    }

    // Starts a nonblocking call on the worker pool; returns [promiseId, promise].
    static void callNonblocking(FfiHost *host, std::shared_ptr<Signature> sig, void *fn, std::uint32_t traceName,
                                const v8::FunctionCallbackInfo<v8::Value> &info, v8::Local<v8::Array> params,
                                v8::Local<v8::Value> outBuffer)
    {
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        auto data = std::make_shared<CallData>();
        data->signature = sig;
        data->fn = fn;
        auto arg = [&](int i) -> v8::Local<v8::Value> {
            v8::Local<v8::Value> v;
            return params->Get(ctx, uint32_t(i)).ToLocal(&v) ? v : v8::Local<v8::Value>(v8::Undefined(iso));
        };
        v8::Local<v8::Promise::Resolver> resolver;
        if (!v8::Promise::Resolver::New(ctx).ToLocal(&resolver))
            return;
        const std::uint32_t id = host->nextPromiseId();
        {
            // Deno's async op: a bad argument rejects the promise instead of throwing.
            v8::TryCatch tryCatch(iso);
            if (!parseArgs(iso, ctx, *sig, arg, *data, true)
                || (sig->result.isStruct()
                    && !structOut(iso, outBuffer, sig->result.size(), data->structOut, &data->pins))) {
                if (!tryCatch.HasCaught() || tryCatch.HasTerminated()) {
                    tryCatch.ReThrow();
                    return;
                }
                ignore(resolver->Reject(ctx, tryCatch.Exception()));
                v8::Local<v8::Value> items[2] = {v8::Integer::NewFromUnsigned(iso, id), resolver->GetPromise()};
                info.GetReturnValue().Set(v8::Array::New(iso, items, 2));
                return;
            }
        }
        auto pending = std::make_unique<FfiHost::Pending>();
        pending->resolver.Reset(iso, resolver);
        pending->data = data;
        host->m_pending.emplace(id, std::move(pending));
        std::weak_ptr<Inbox> inbox = host->m_inbox;
        if (trace::Recorder *rec = host->m_inbox->recorder()) {
            data->callId = ++host->m_nextNativeCallId;
            data->flow = rec->record(trace::Kind::NonblockingStart,
                                     {.id = data->callId, .id2 = id, .flow = trace::Recorder::kNewFlow, .str = traceName});
        }
        host->m_pool->post([data, id, inbox]() mutable {
            void *ret = data->structOut ? data->structOut : &data->result;
            ffi_call(&data->signature->cif, FFI_FN(data->fn), ret, data->args.empty() ? nullptr : data->args.data());
            Completion done;
            done.promiseId = id;
            done.result = data->result;
            done.flow = data->flow;
            const std::uint32_t callId = data->callId;
            // Let go of the buffers first: the engine thread frees them, never this one.
            data.reset();
            if (auto in = inbox.lock()) {
                in->record(trace::Kind::NonblockingComplete, {.id = callId, .id2 = std::uint32_t(id), .flow = done.flow});
                in->complete(done);
            }
        });
        v8::Local<v8::Value> items[2] = {v8::Integer::NewFromUnsigned(iso, id), resolver->GetPromise()};
        info.GetReturnValue().Set(v8::Array::New(iso, items, 2));
    }

    static void symbolCallNonblocking(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        auto *sym = static_cast<FfiHost::Symbol *>(info.Data().As<v8::External>()->Value());
        if (!info[0]->IsArray())
            return;
        // The worker shares the symbol (and so its cif) until the call is done.
        std::shared_ptr<Signature> sig(sym->shared_from_this(), &sym->signature);
        callNonblocking(sym->host, sig, sym->fn, sym->traceName, info, info[0].As<v8::Array>(), info[1]);
    }

    // load(path, symbols) -> [rid, symbols]
    static void load(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        const QString path = qstr(iso, info[0]);
        if (!info[1]->IsObject()) {
            throwType(iso, QStringLiteral("invalid type: expected a map of symbols"));
            return;
        }
        v8::Local<v8::Object> defs = info[1].As<v8::Object>();
        ::dlerror();
        void *handle = ::dlopen(path.toLocal8Bit().constData(), RTLD_LAZY);
        if (!handle) {
            const char *why = ::dlerror();
            throwError(iso, QStringLiteral("Could not open library: Could not open library: %1")
                                .arg(QString::fromLocal8Bit(why ? why : "unknown error")));
            return;
        }
        auto lib = std::make_shared<FfiHost::Library>();
        lib->handle = handle;
        lib->path = path;
        v8::Local<v8::Object> symbols = v8::Object::New(iso, v8::Null(iso), nullptr, nullptr, 0);
        v8::Local<v8::Array> names;
        if (!defs->GetOwnPropertyNames(ctx).ToLocal(&names))
            return;
        for (uint32_t i = 0; i < names->Length(); ++i) {
            v8::Local<v8::Value> key, def;
            if (!names->Get(ctx, i).ToLocal(&key) || !defs->Get(ctx, key).ToLocal(&def))
                return;
            const QString symbolName = qstr(iso, key);
            if (!def->IsObject()) {
                throwType(iso, QStringLiteral("invalid type: expected struct ForeignFunction or ForeignStatic"));
                return;
            }
            v8::Local<v8::Object> d = def.As<v8::Object>();
            v8::Local<v8::Value> type;
            if (!d->Get(ctx, str(iso, "type")).ToLocal(&type))
                return;
            if (!type->IsUndefined())
                continue; // a static: ffi.js reads it with getStatic
            auto sym = std::make_shared<FfiHost::Symbol>();
            sym->host = host;
            if (!parseSignature(iso, ctx, def, sym->signature))
                return;
            v8::Local<v8::Value> nameField, optional;
            if (!d->Get(ctx, str(iso, "name")).ToLocal(&nameField) || !d->Get(ctx, str(iso, "optional")).ToLocal(&optional))
                return;
            sym->name = nameField->IsString() ? qstr(iso, nameField) : symbolName;
            sym->nameId = host->m_inbox->registerName(sym->name);
            if (trace::Recorder *rec = host->m_inbox->recorder())
                sym->traceName = rec->intern(sym->name);
            ::dlerror();
            sym->fn = ::dlsym(handle, sym->name.toUtf8().constData());
            if (!sym->fn) {
                const char *why = ::dlerror();
                if (optional->BooleanValue(iso)) {
                    ignore(symbols->Set(ctx, key, v8::Null(iso)));
                    continue;
                }
                throwError(iso, QStringLiteral("Failed to register symbol %1: Could not obtain symbol from the library: %2")
                                    .arg(sym->name, QString::fromLocal8Bit(why ? why : "null symbol")));
                return;
            }
            v8::Local<v8::External> data = v8::External::New(iso, sym.get());
            v8::FunctionCallback callback = sym->signature.nonblocking ? symbolCallNonblocking : symbolCall;
            v8::Local<v8::Function> fn;
            if (!v8::FunctionTemplate::New(iso, callback, data, {}, 0, v8::ConstructorBehavior::kThrow)
                     ->GetFunction(ctx)
                     .ToLocal(&fn))
                return;
            host->m_symbols.push_back(std::move(sym));
            ignore(symbols->Set(ctx, key, fn));
        }
        const std::uint32_t rid = host->m_nextRid++;
        host->m_libraries.emplace(rid, lib);
        v8::Local<v8::Value> items[2] = {v8::Integer::NewFromUnsigned(iso, rid), symbols};
        info.GetReturnValue().Set(v8::Array::New(iso, items, 2));
    }

    // getStatic(rid, name, type, optional)
    static void getStatic(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        auto it = host->m_libraries.find(std::uint32_t(numberArg(ctx, info[0])));
        if (it == host->m_libraries.end() || it->second->closed)
            return throwBadResource(iso, ctx);
        const QString name = qstr(iso, info[1]);
        Type type;
        if (!parseType(iso, ctx, info[2], type))
            return;
        ::dlerror();
        void *address = ::dlsym(it->second->handle, name.toUtf8().constData());
        if (!address) {
            const char *why = ::dlerror();
            if (info[3]->BooleanValue(iso))
                return info.GetReturnValue().SetNull();
            throwError(iso, QStringLiteral("Failed to register symbol %1: Could not obtain symbol from the library: %2")
                                .arg(name, QString::fromLocal8Bit(why ? why : "null symbol")));
            return;
        }
        if (type.kind == Kind::Void)
            return throwType(iso, QStringLiteral("Invalid FFI static type 'void'"));
        if (type.isStruct())
            return throwType(iso, QStringLiteral("Invalid FFI static type 'struct'"));
        if (type.kind == Kind::Pointer || type.kind == Kind::Buffer || type.kind == Kind::Function)
            return info.GetReturnValue().Set(pointerValue(iso, address));
        info.GetReturnValue().Set(argToJs(iso, type, address));
    }

    static void closeLibrary(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        auto it = host->m_libraries.find(std::uint32_t(numberArg(ctx, info[0])));
        if (it == host->m_libraries.end() || it->second->closed)
            return throwBadResource(iso, ctx);
        // The library stays mapped: its symbols keep working (as in Deno), and native threads
        // may still be running inside it.
        it->second->closed = true;
    }

    // callPtr(pointer, definition, parameters, buffer?)
    // UnsafeFnPointer.call's first three arguments: the function, its definition (parsed), the
    // parameters array. False (with an exception thrown, or nothing to do) when they are wrong.
    static bool fnPointerCall(const v8::FunctionCallbackInfo<v8::Value> &info, void *&fn,
                              std::shared_ptr<Signature> &sig)
    {
        v8::Isolate *iso = info.GetIsolate();
        if (!pointerFrom(info[0], fn)) {
            throwType(iso, QStringLiteral("expected external"));
            return false;
        }
        sig = std::make_shared<Signature>();
        return parseSignature(iso, iso->GetCurrentContext(), info[1], *sig) && info[2]->IsArray();
    }

    static void callPtr(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        void *fn = nullptr;
        std::shared_ptr<Signature> sig;
        if (!fnPointerCall(info, fn, sig))
            return;
        v8::Local<v8::Array> params = info[2].As<v8::Array>();
        SyncArgs a(sig->parameters.size());
        auto arg = [&](int i) -> v8::Local<v8::Value> {
            v8::Local<v8::Value> v;
            return params->Get(ctx, uint32_t(i)).ToLocal(&v) ? v : v8::Local<v8::Value>(v8::Undefined(iso));
        };
        if (!convertArgs(iso, ctx, *sig, arg, a.slots, a.args, nullptr))
            return;
        Slot ret{};
        void *retPtr = &ret;
        if (sig->result.isStruct() && !structOut(iso, info[3], sig->result.size(), retPtr, nullptr))
            return;
        if (!nativeCall(host, iso, host->m_fnPointerName, host->m_fnPointerString, &sig->cif, fn, retPtr, a.args))
            return;
        if (!sig->result.isStruct())
            info.GetReturnValue().Set(resultToJs(iso, sig->result, retPtr));
    }

    static void callPtrNonblocking(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        void *fn = nullptr;
        std::shared_ptr<Signature> sig;
        if (!fnPointerCall(info, fn, sig))
            return;
        callNonblocking(host, sig, fn, host->m_fnPointerString, info, info[2].As<v8::Array>(), info[3]);
    }

    // --- pointers (ext/ffi/repr.rs) ---

    static void ptrCreate(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        v8::Isolate *iso = info.GetIsolate();
        std::uint64_t value = 0;
        if (info[0]->IsBigInt())
            value = info[0].As<v8::BigInt>()->Uint64Value();
        else if (info[0]->IsNumber())
            value = std::uint64_t(std::int64_t(info[0].As<v8::Number>()->Value()));
        else
            return throwType(iso, QStringLiteral("expected u64"));
        info.GetReturnValue().Set(pointerValue(iso, reinterpret_cast<void *>(value)));
    }

    static void ptrEquals(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        void *a = nullptr, *b = nullptr;
        if (!pointerFrom(info[0], a) || !pointerFrom(info[1], b))
            return throwType(info.GetIsolate(), QStringLiteral("expected external"));
        info.GetReturnValue().Set(a == b);
    }

    static void ptrOf(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        v8::Isolate *iso = info.GetIsolate();
        if (!info[0]->IsArrayBufferView())
            return throwType(iso, QStringLiteral("expected ArrayBufferView"));
        auto view = info[0].As<v8::ArrayBufferView>();
        void *data = view->Buffer()->GetBackingStore()->Data();
        void *p = data ? static_cast<char *>(data) + view->ByteOffset() : nullptr;
        info.GetReturnValue().Set(pointerValue(iso, p));
    }

    static void ptrOffset(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        char *at = nullptr;
        if (pointerAt(info, 0, 1, QStringLiteral("Invalid pointer to offset, pointer is null"), at))
            info.GetReturnValue().Set(pointerValue(info.GetIsolate(), at));
    }

    static void ptrValue(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        v8::Isolate *iso = info.GetIsolate();
        void *p = nullptr;
        if (!pointerFrom(info[0], p))
            return throwType(iso, QStringLiteral("expected external"));
        info.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(iso, reinterpret_cast<std::uintptr_t>(p)));
    }

    // read(kind, pointer, offset): UnsafePointerView's getters.
    static void read(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        Type type;
        if (!parseType(iso, ctx, info[0], type))
            return;
        char *at = nullptr;
        const char *name = type.kind == Kind::Pointer ? "pointer" : kindName(type.kind);
        if (!pointerAt(info, 1, 2, QStringLiteral("Invalid %1 pointer, pointer is null").arg(QLatin1StringView(name)), at))
            return;
        if (type.kind == Kind::Pointer) {
            void *value;
            std::memcpy(&value, at, sizeof value);
            return info.GetReturnValue().Set(pointerValue(iso, value));
        }
        info.GetReturnValue().Set(argToJs(iso, type, at));
    }

    static void cstrRead(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        char *at = nullptr;
        if (pointerAt(info, 0, 1, QStringLiteral("Invalid CString pointer, pointer is null"), at))
            info.GetReturnValue().Set(str(info.GetIsolate(), QString::fromUtf8(at)));
    }

    static void getBuf(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        char *at = nullptr;
        if (!pointerAt(info, 0, 1, QStringLiteral("Invalid ArrayBuffer pointer, pointer is null"), at))
            return;
        const auto length = std::size_t(numberArg(ctx, info[2]));
        auto store = v8::ArrayBuffer::NewBackingStore(at, length, v8::BackingStore::EmptyDeleter, nullptr);
        info.GetReturnValue().Set(v8::ArrayBuffer::New(iso, std::move(store)));
    }

    static void bufCopyInto(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        char *at = nullptr;
        if (!pointerAt(info, 0, 1, QStringLiteral("Invalid ArrayBuffer pointer, pointer is null"), at))
            return;
        void *dest = nullptr;
        std::size_t destLength = 0;
        if (info[2]->IsArrayBufferView()) {
            auto view = info[2].As<v8::ArrayBufferView>();
            destLength = view->ByteLength();
            void *base = view->Buffer()->GetBackingStore()->Data();
            dest = base ? static_cast<char *>(base) + view->ByteOffset() : nullptr;
        } else if (info[2]->IsArrayBuffer()) {
            auto ab = info[2].As<v8::ArrayBuffer>();
            destLength = ab->ByteLength();
            dest = ab->GetBackingStore()->Data();
        } else {
            return throwType(iso, QStringLiteral("expected ArrayBuffer or ArrayBufferView"));
        }
        const auto length = std::size_t(numberArg(ctx, info[3]));
        if (destLength < length)
            return throwType(iso, QStringLiteral("Destination length is smaller than source length"));
        if (length && dest)
            std::memcpy(dest, at, length);
    }

    // --- callbacks (ext/ffi/callback.rs) ---

    // callbackCreate(definition, fn) -> [rid, pointer]
    static void callbackCreate(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        auto *cb = new CallbackRecord;
        std::unique_ptr<CallbackRecord> guard(cb);
        if (!parseSignature(iso, ctx, info[0], cb->signature))
            return;
        if (!info[1]->IsFunction())
            return throwType(iso, QStringLiteral("expected Function"));
        cb->closure = static_cast<ffi_closure *>(ffi_closure_alloc(sizeof(ffi_closure), &cb->code));
        if (!cb->closure
            || ffi_prep_closure_loc(cb->closure, &cb->signature.cif, callbackTrampoline, cb, cb->code) != FFI_OK) {
            throwError(iso, QStringLiteral("Could not create a libffi closure for the callback"));
            return;
        }
        guard.release();
        cb->creatorThread = FfiHost::currentThreadTag();
        cb->rid = host->m_nextRid++;
        cb->inbox = host->m_inbox;
        cb->host = host;
        cb->function.Reset(iso, info[1].As<v8::Function>());
        QString fnName = qstr(iso, info[1].As<v8::Function>()->GetName());
        cb->label = QStringLiteral("#%1 (%2)").arg(cb->rid).arg(fnName.isEmpty() ? QStringLiteral("anonymous") : fnName);
        {
            std::lock_guard lock(g_recordsMutex);
            allRecords().push_back(cb);
        }
        host->m_callbacks.emplace(cb->rid, cb);
        host->m_allCallbacks.push_back(cb);
        host->updateWake(cb);
        if (trace::Recorder *rec = host->m_inbox->recorder()) {
            trace::CallbackInfo ci;
            ci.id = cb->rid;
            v8::Local<v8::String> json;
            if (v8::JSON::Stringify(ctx, info[0]).ToLocal(&json))
                ci.definition = qstr(iso, json);
            ci.label = fnName.isEmpty() ? QStringLiteral("anonymous") : fnName;
            rec->defineCallback(ci);
            rec->record(trace::Kind::CallbackCreated, {.id = cb->rid});
        }
        v8::Local<v8::Value> items[2] = {v8::Integer::NewFromUnsigned(iso, cb->rid), v8::External::New(iso, cb->code)};
        info.GetReturnValue().Set(v8::Array::New(iso, items, 2));
    }

    // callbackRefOp(rid) -> the promise id of the callback's ref op (Deno's op_ffi_unsafe_callback_ref)
    static void callbackRefOp(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        const std::uint32_t id = host->nextPromiseId();
        auto it = host->m_callbacks.find(std::uint32_t(numberArg(ctx, info[0])));
        if (it == host->m_callbacks.end())
            return throwBadResource(iso, ctx);
        info.GetReturnValue().Set(v8::Integer::NewFromUnsigned(iso, id));
    }

    // callbackSetRef(rid, refed): the ref op keeps the loop alive, or no longer does.
    static void callbackSetRef(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
        auto it = host->m_callbacks.find(std::uint32_t(numberArg(ctx, info[0])));
        if (it == host->m_callbacks.end())
            return;
        CallbackRecord *cb = it->second;
        bool refed = info[1]->IsTrue();
        cb->refRequested = refed;
        if (host->m_profile.refModel == RefModel::CancelableOp) {
            // deno-1.30: unref() cancels the ref op, and the cancel handle stays cancelled: a
            // later ref() makes an op that resolves at once, neither keeping the loop alive
            // nor giving the callback a waker again.
            if (!refed)
                cb->canceled = true;
            else if (cb->canceled)
                refed = false;
        }
        if (refed)
            cb->everRefed = true;
        if (refed != cb->refed) {
            cb->refed = refed;
            host->m_refedCallbacks += refed ? 1 : -1;
        }
        host->updateWake(cb);
    }

    static void callbackClose(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        v8::Isolate *iso = info.GetIsolate();
        v8::Local<v8::Context> ctx = iso->GetCurrentContext();
        auto it = host->m_callbacks.find(std::uint32_t(numberArg(ctx, info[0])));
        if (it == host->m_callbacks.end())
            return throwBadResource(iso, ctx);
        CallbackRecord *cb = it->second;
        host->m_callbacks.erase(it);
        if (cb->refed) {
            cb->refed = false;
            --host->m_refedCallbacks;
        }
        cb->closed.store(true);
        host->updateWake(cb);
        // The closure stays allocated (a stale pointer must not crash us); the function goes.
        cb->function.Reset();
        host->m_inbox->record(trace::Kind::CallbackClosed, {.id = cb->rid});
    }

    // callbackRefCount(rid, count, isRef): ref() and unref() with the count they return (trace).
    static void callbackRefCount(const v8::FunctionCallbackInfo<v8::Value> &info)
    {
        FfiHost *host = hostOf(info);
        v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
        host->m_inbox->record(info[2]->IsTrue() ? trace::Kind::Ref : trace::Kind::Unref,
                              {.id = std::uint32_t(numberArg(ctx, info[0])),
                               .value = std::int64_t(numberArg(ctx, info[1]))});
    }
};

bool FfiHost::resolveCompletions()
{
    if (m_visibleCompletions.empty())
        return false;
    std::vector<Completion> done = std::exchange(m_visibleCompletions, {});
    v8::Isolate *iso = isolate();
    v8::HandleScope scope(iso);
    v8::Local<v8::Context> ctx = m_engine.context();
    v8::Context::Scope contextScope(ctx);
    for (const Completion &c : done) {
        auto it = m_pending.find(c.promiseId);
        if (it == m_pending.end())
            continue;
        std::unique_ptr<Pending> pending = std::move(it->second);
        m_pending.erase(it);
        const Signature &sig = *pending->data->signature;
        // A void result resolves to null (Deno serialises FfiValue::Value(null)).
        v8::Local<v8::Value> value = sig.result.isStruct() || sig.result.kind == Kind::Void
            ? v8::Local<v8::Value>(v8::Null(iso))
            : resultToJs(iso, sig.result, &c.result);
        m_inbox->record(trace::Kind::NonblockingResolve,
                        {.id = pending->data->callId, .id2 = std::uint32_t(c.promiseId), .flow = c.flow});
        ignore(pending->resolver.Get(iso)->Resolve(ctx, value));
    }
    return true;
}

void FfiHost::install(v8::Local<v8::Context> ctx, v8::Local<v8::Object> native)
{
    v8::Isolate *iso = isolate();
    v8::Local<v8::Object> ffi = v8::Object::New(iso);
    v8::Local<v8::Value> self = v8::External::New(iso, this);
    setFn(iso, ctx, ffi, "load", Bindings::load, self);
    setFn(iso, ctx, ffi, "getStatic", Bindings::getStatic, self);
    setFn(iso, ctx, ffi, "closeLibrary", Bindings::closeLibrary, self);
    setFn(iso, ctx, ffi, "callPtr", Bindings::callPtr, self);
    setFn(iso, ctx, ffi, "callPtrNonblocking", Bindings::callPtrNonblocking, self);
    setFn(iso, ctx, ffi, "ptrCreate", Bindings::ptrCreate, self);
    setFn(iso, ctx, ffi, "ptrEquals", Bindings::ptrEquals, self);
    setFn(iso, ctx, ffi, "ptrOf", Bindings::ptrOf, self);
    setFn(iso, ctx, ffi, "ptrOffset", Bindings::ptrOffset, self);
    setFn(iso, ctx, ffi, "ptrValue", Bindings::ptrValue, self);
    setFn(iso, ctx, ffi, "read", Bindings::read, self);
    setFn(iso, ctx, ffi, "cstrRead", Bindings::cstrRead, self);
    setFn(iso, ctx, ffi, "getBuf", Bindings::getBuf, self);
    setFn(iso, ctx, ffi, "bufCopyInto", Bindings::bufCopyInto, self);
    setFn(iso, ctx, ffi, "callbackCreate", Bindings::callbackCreate, self);
    setFn(iso, ctx, ffi, "callbackRefOp", Bindings::callbackRefOp, self);
    setFn(iso, ctx, ffi, "callbackSetRef", Bindings::callbackSetRef, self);
    setFn(iso, ctx, ffi, "callbackClose", Bindings::callbackClose, self);
    setFn(iso, ctx, ffi, "callbackRefCount", Bindings::callbackRefCount, self);
    ignore(ffi->Set(ctx, str(iso, "tracing"), v8::Boolean::New(iso, m_inbox->recorder() != nullptr)));
    // What ffi.js needs of the version profile.
    v8::Local<v8::Object> profile = v8::Object::New(iso);
    const char *refModel = m_profile.refModel == RefModel::GlobalCounter ? "global"
        : m_profile.refModel == RefModel::CancelableOp                   ? "cancelable"
                                                                         : "toggled";
    ignore(profile->Set(ctx, str(iso, "refModel"), str(iso, refModel)));
    ignore(profile->Set(ctx, str(iso, "refReturnsCount"), v8::Boolean::New(iso, m_profile.refReturnsCount)));
    ignore(profile->Set(ctx, str(iso, "hasThreadSafe"), v8::Boolean::New(iso, m_profile.hasThreadSafe)));
    ignore(ffi->Set(ctx, str(iso, "profile"), profile));
    ignore(native->Set(ctx, str(iso, "ffi"), ffi));
}

void FfiHost::parkPending()
{
    // The run ends with nonblocking calls still on worker threads: their buffers must outlive
    // the isolate, so they are parked until the process ends.
    std::lock_guard lock(g_graveyardMutex);
    for (auto &[id, pending] : m_pending) {
        pending->resolver.Reset();
        graveyard().push_back(std::move(pending->data->pins));
    }
    m_pending.clear();
}

} // namespace loopscope::ffi
