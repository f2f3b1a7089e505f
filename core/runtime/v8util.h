// Small helpers around V8's API that keep the engine code readable.
#pragma once

#include <v8.h>

#include <QtCore/QByteArray>
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

// The UTF-8 bytes of a string value, lone surrogates replaced by U+FFFD as Deno writes them;
// with `newline`, followed by '\n'.
inline QByteArray utf8(v8::Isolate *isolate, v8::Local<v8::Value> value, bool newline)
{
    v8::Local<v8::String> s;
    if (value.IsEmpty() || !value->ToString(isolate->GetCurrentContext()).ToLocal(&s))
        return newline ? QByteArray("\n") : QByteArray();
    const int length = s->Utf8Length(isolate);
    QByteArray out(length + (newline ? 1 : 0), Qt::Uninitialized);
    s->WriteUtf8(isolate, out.data(), length, nullptr,
                 v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    if (newline)
        out[length] = '\n';
    return out;
}

// The private key under which an error keeps the call sites its `stack` was formatted from.
inline v8::Local<v8::Private> callSitesKey(v8::Isolate *isolate)
{
    return v8::Private::ForApi(isolate, str(isolate, "loopscope.callSites"));
}

} // namespace loopscope::v8util
