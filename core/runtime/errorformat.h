// Uncaught errors printed the way Deno prints them (runtime/fmt_errors.rs): the
// "Uncaught Name: message" line, the source line with a caret under the first frame's column,
// the stack frames, then any "Caused by:" chain.
#pragma once

#include <QtCore/QString>

#include <functional>

#include <v8.h>

namespace loopscope {

struct ErrorFormatContext {
    QString scriptUrl;   // file:// URL of the script
    QString source;      // its text, for the source line
    // Renders a non-Error value as console.log would (strings quoted).
    std::function<QString(v8::Local<v8::Value>)> inspect;
};

// The full text after "error: ", without a trailing newline.
QString formatUncaught(v8::Isolate *isolate, v8::Local<v8::Context> context,
                       v8::Local<v8::Value> exception, bool inPromise,
                       const ErrorFormatContext &ctx);

} // namespace loopscope
