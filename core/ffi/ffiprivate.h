// What the FFI's two halves (dispatch in ffihost.cpp, bindings in ffibindings.cpp) share.
#pragma once

#include "ffi/ffihost.h"

namespace loopscope::ffi {

struct FfiHost::Library {
    void *handle = nullptr;
    QString path;
    bool closed = false;
};

struct FfiHost::Symbol : std::enable_shared_from_this<FfiHost::Symbol> {
    FfiHost *host = nullptr;
    QString name;
    int nameId = -1; // in the inbox's name registry
    std::uint32_t traceName = 0; // interned in the recorder
    void *fn = nullptr;
    Signature signature;
};

// A nonblocking call in flight. The worker shares it: if the run ends first, the buffers it
// pins are parked for good instead of freed under the worker's feet.
struct CallData {
    std::vector<Slot> slots;
    std::vector<void *> args;
    Pins pins;
    std::shared_ptr<Signature> signature; // keeps the cif alive
    void *fn = nullptr;
    void *structOut = nullptr;
    Slot result{};
    std::uint32_t callId = 0; // trace
    std::uint64_t flow = 0;   // the NonblockingStart event's seq
};

struct FfiHost::Pending {
    v8::Global<v8::Promise::Resolver> resolver;
    std::shared_ptr<CallData> data;
};

} // namespace loopscope::ffi
