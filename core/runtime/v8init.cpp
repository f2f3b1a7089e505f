#include "runtime/v8init.h"

#include <libplatform/libplatform.h>
#include <v8.h>

#include <memory>
#include <mutex>

namespace loopscope {

v8::Platform *ensureV8()
{
    static std::once_flag once;
    static std::unique_ptr<v8::Platform> platform;
    std::call_once(once, [] {
        // Deno runs with --stack-size defaults and the harmony features V8 10.2 ships; top-level
        // await is on by default in this version.
        // Source positions are computed eagerly: a stack overflow leaves no room to compute
        // them lazily, and its stack would otherwise point at 1:1 (Deno reports the real line).
        v8::V8::SetFlagsFromString("--no-enable-lazy-source-positions");
        platform = v8::platform::NewDefaultPlatform();
        v8::V8::InitializePlatform(platform.get());
        v8::V8::Initialize();
    });
    return platform.get();
}

} // namespace loopscope
