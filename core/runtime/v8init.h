#pragma once

namespace v8 { class Platform; }

namespace loopscope {

// V8 is initialised once per process and never disposed: V8 cannot be re-initialised after
// V8::Dispose, and runs come and go for the life of the app.
v8::Platform *ensureV8();

} // namespace loopscope
