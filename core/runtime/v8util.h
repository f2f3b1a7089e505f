// Small helpers around V8's API that keep the engine code readable.
#pragma once

#include <v8.h>

#include <QtCore/QString>

namespace loopscope::v8util {

// GCC ignores (void) on V8's warn_unused_result; this swallows a Maybe explicitly.
template<typename T>
inline void ignore(const T &) {}

inline v8::Local<v8::String> str(v8::Isolate *isolate, const char *s)
{
    return v8::String::NewFromUtf8(isolate, s).ToLocalChecked();
}

inline v8::Local<v8::String> str(v8::Isolate *isolate, const QString &s)
{
    return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t *>(s.utf16()),
                                      v8::NewStringType::kNormal, int(s.size()))
        .ToLocalChecked();
}

inline QString qstr(v8::Isolate *isolate, v8::Local<v8::Value> value)
{
    if (value.IsEmpty())
        return {};
    v8::String::Value v(isolate, value);
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(*v), v.length());
}

// The private key under which an error keeps the call sites its `stack` was formatted from.
inline v8::Local<v8::Private> callSitesKey(v8::Isolate *isolate)
{
    return v8::Private::ForApi(isolate, str(isolate, "loopscope.callSites"));
}

} // namespace loopscope::v8util
