// Uncaught errors printed the way Deno prints them (runtime/fmt_errors.rs): the
// "Uncaught Name: message" line, the source line with a caret under the first frame's column,
// the stack frames, then any "Caused by:" chain.
#pragma once

#include <QtCore/QList>
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

// One call site an error's `stack` was formatted from: its text ("fn (file:line:col)") and
// where it is (file empty for built-ins such as `JSON.parse (<anonymous>)`).
struct CallSite {
    QString text;
    QString file;
    int line = 0;
    int column = 0;
};

// The call sites kept on `error` when its `stack` was formatted (Engine::prepareStackTrace);
// reading `stack` here formats it if that has not happened yet. Empty when there are none: a
// `stack` the script replaced before it was ever formatted.
QList<CallSite> errorCallSites(v8::Isolate *isolate, v8::Local<v8::Context> context,
                               v8::Local<v8::Object> error);

// The full text after "error: ", without a trailing newline.
QString formatUncaught(v8::Isolate *isolate, v8::Local<v8::Context> context,
                       v8::Local<v8::Value> exception, bool inPromise,
                       const ErrorFormatContext &ctx);

} // namespace loopscope
