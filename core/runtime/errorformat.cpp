#include "runtime/errorformat.h"

#include "runtime/v8util.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

namespace loopscope {

using v8util::qstr;
using v8util::str;

namespace {

constexpr int kMaxCauseDepth = 8;

QString property(v8::Isolate *isolate, v8::Local<v8::Context> context, v8::Local<v8::Object> obj,
                 const char *name)
{
    v8::Local<v8::Value> value;
    if (!obj->Get(context, str(isolate, name)).ToLocal(&value) || value->IsUndefined())
        return {};
    v8::Local<v8::String> s;
    if (!value->ToString(context).ToLocal(&s))
        return {};
    return qstr(isolate, s);
}

QString sourceLine(const QString &source, int line)
{
    // Lines are counted the way V8 counts them: \n, \r\n and \r end a line.
    int current = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i < source.size() && current < line; ++i) {
        if (source[i] == u'\n' || source[i] == u'\r') {
            if (source[i] == u'\r' && i + 1 < source.size() && source[i + 1] == u'\n')
                ++i;
            ++current;
            start = i + 1;
        }
    }
    if (current != line)
        return {};
    qsizetype end = start;
    while (end < source.size() && source[end] != u'\n' && source[end] != u'\r')
        ++end;
    return source.mid(start, end - start);
}

// The caret line: the source line's own tabs kept, everything else a space.
QString caretLine(const QString &line, int column)
{
    if (column < 1 || column - 1 > line.size())
        return {};
    QString prefix;
    for (int i = 0; i < column - 1; ++i)
        prefix += line[i] == u'\t' ? u'\t' : u' ';
    return prefix + u'^';
}

QString formatFrame(v8::Isolate *isolate, v8::Local<v8::StackFrame> frame)
{
    const QString url = qstr(isolate, frame->GetScriptNameOrSourceURL());
    const QString location = QStringLiteral("%1:%2:%3")
                                 .arg(url.isEmpty() ? QStringLiteral("<anonymous>") : url)
                                 .arg(frame->GetLineNumber())
                                 .arg(frame->GetColumn());
    QString name = qstr(isolate, frame->GetFunctionName());
    if (name.isEmpty())
        return location;
    if (frame->IsConstructor())
        name = u"new " + name;
    return QStringLiteral("%1 (%2)").arg(name, location);
}

QString formatError(v8::Isolate *isolate, v8::Local<v8::Context> context,
                    v8::Local<v8::Value> exception, bool withSource,
                    const ErrorFormatContext &ctx, int depth)
{
    if (!exception->IsNativeError()) {
        if (exception->IsString())
            return u"Uncaught " + ctx.inspect(exception);
        return u"Uncaught " + ctx.inspect(exception);
    }
    auto obj = exception.As<v8::Object>();
    const QString name = property(isolate, context, obj, "name");
    const QString message = property(isolate, context, obj, "message");
    QString text;
    if (!name.isEmpty() && !message.isEmpty())
        text = QStringLiteral("Uncaught %1: %2").arg(name, message);
    else if (!name.isEmpty())
        text = u"Uncaught " + name;
    else if (!message.isEmpty())
        text = u"Uncaught " + message;
    else
        text = QStringLiteral("Uncaught");

    if (exception->IsObject() && obj->GetConstructorName()->StringEquals(str(isolate, "AggregateError"))) {
        v8::Local<v8::Value> errors;
        if (obj->Get(context, str(isolate, "errors")).ToLocal(&errors) && errors->IsArray()) {
            auto array = errors.As<v8::Array>();
            for (uint32_t i = 0; i < array->Length(); ++i) {
                v8::Local<v8::Value> item;
                if (!array->Get(context, i).ToLocal(&item))
                    continue;
                QString inner = formatError(isolate, context, item, false, ctx, depth + 1);
                if (inner.startsWith(u"Uncaught "))
                    inner = inner.mid(9);
                const QStringList lines = inner.split(u'\n');
                for (const QString &line : lines)
                    text += u"\n    " + line;
            }
        }
    }

    // The frames, as the error's own `stack` lists them (Deno reads the same call sites); the
    // source line shown is that of the first frame in a file of the user's.
    static const QRegularExpression location(QStringLiteral("\\(?([^()\\s]+):(\\d+):(\\d+)\\)?$"));
    QStringList frames;
    const QString stack = property(isolate, context, obj, "stack");
    for (const QString &line : stack.split(u'\n')) {
        if (line.startsWith(u"    at "))
            frames << line.mid(7);
    }
    if (frames.isEmpty()) {
        v8::Local<v8::StackTrace> trace = v8::Exception::GetStackTrace(exception);
        for (int i = 0; !trace.IsEmpty() && i < trace->GetFrameCount(); ++i)
            frames << formatFrame(isolate, trace->GetFrame(isolate, i));
    }
    if (withSource) {
        for (const QString &frame : frames) {
            const QRegularExpressionMatch m = location.match(frame);
            if (!m.hasMatch() || m.captured(1).startsWith(u"ext:") || m.captured(1).startsWith(u"node:"))
                continue;
            if (m.captured(1) == ctx.scriptUrl) {
                const QString line = sourceLine(ctx.source, m.captured(2).toInt());
                const QString caret = caretLine(line, m.captured(3).toInt());
                // Deno leaves out source lines longer than 150 bytes (SourceMapper).
                if (!line.isEmpty() && !caret.isEmpty() && line.toUtf8().size() <= 150)
                    text += u'\n' + line + u'\n' + caret;
            }
            break;
        }
    }
    for (const QString &frame : frames)
        text += u"\n    at " + frame;

    v8::Local<v8::Value> cause;
    if (depth < kMaxCauseDepth && obj->Get(context, str(isolate, "cause")).ToLocal(&cause)
        && !cause->IsUndefined()) {
        QString inner = formatError(isolate, context, cause, false, ctx, depth + 1);
        if (inner.startsWith(u"Uncaught "))
            inner = inner.mid(9);
        text += u"\nCaused by: " + inner;
    }
    return text;
}

} // namespace

QString formatUncaught(v8::Isolate *isolate, v8::Local<v8::Context> context,
                       v8::Local<v8::Value> exception, bool inPromise,
                       const ErrorFormatContext &ctx)
{
    QString text = formatError(isolate, context, exception, true, ctx, 0);
    if (inPromise && text.startsWith(u"Uncaught "))
        text = u"Uncaught (in promise) " + text.mid(9);
    return text;
}

} // namespace loopscope
