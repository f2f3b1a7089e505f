#include "runtime/errorformat.h"

#include "runtime/v8util.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

#include <algorithm>
#include <vector>

namespace loopscope {

using v8util::ignore;
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

// A cause chain that loops back (a -> b -> a): the error it returns to is marked "<ref *1>"
// and the repeat is printed as "[Circular *1]", as Deno does.
struct Circular {
    v8::Local<v8::Value> target; // the error the chain returns to
    int lastDepth = -1;          // the depth whose cause is the repeat
};

QString formatError(v8::Isolate *isolate, v8::Local<v8::Context> context,
                    v8::Local<v8::Value> exception, bool withSource,
                    const ErrorFormatContext &ctx, int depth, const Circular &circular)
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
    if (!circular.target.IsEmpty() && circular.target->StrictEquals(exception))
        text += QStringLiteral(" <ref *1>");

    if (exception->IsObject() && obj->GetConstructorName()->StringEquals(str(isolate, "AggregateError"))) {
        v8::Local<v8::Value> errors;
        if (obj->Get(context, str(isolate, "errors")).ToLocal(&errors) && errors->IsArray()) {
            auto array = errors.As<v8::Array>();
            for (uint32_t i = 0; i < array->Length(); ++i) {
                v8::Local<v8::Value> item;
                if (!array->Get(context, i).ToLocal(&item))
                    continue;
                QString inner = formatError(isolate, context, item, false, ctx, depth + 1, Circular{});
                if (inner.startsWith(u"Uncaught "))
                    inner = inner.mid(9);
                const QStringList lines = inner.split(u'\n');
                for (const QString &line : lines)
                    text += u"\n    " + line;
            }
        }
    }

    // The frames: the call sites kept when `stack` was formatted (Engine::prepareStackTrace),
    // as Deno prints the call sites it captured. Reading `stack` formats it if that has not
    // happened yet. Without call sites, a `stack` replaced by the script is printed as it is.
    const QString stack = property(isolate, context, obj, "stack");
    const QList<CallSite> sites = errorCallSites(isolate, context, obj);
    bool customStack = false;
    if (sites.isEmpty()) {
        const QString header = !name.isEmpty() && !message.isEmpty() ? name + u": " + message
                                                                      : (name.isEmpty() ? message : name);
        customStack = stack.count(u'\n') > 0 && stack.trimmed() != header.trimmed();
    }
    if (customStack) {
        text += stack.mid(stack.indexOf(u'\n'));
        withSource = false;
    }
    if (withSource) {
        for (const CallSite &site : sites) {
            if (site.file.isEmpty() || site.file.startsWith(u"ext:") || site.file.startsWith(u"node:"))
                continue;
            if (site.file == ctx.scriptUrl) {
                const QString line = sourceLine(ctx.source, site.line);
                const QString caret = caretLine(line, site.column);
                // Deno leaves out source lines longer than 150 bytes (SourceMapper).
                if (!line.isEmpty() && !caret.isEmpty() && line.toUtf8().size() <= 150)
                    text += u'\n' + line + u'\n' + caret;
            }
            break;
        }
    }
    for (const CallSite &site : sites)
        text += u"\n    at " + site.text;

    v8::Local<v8::Value> cause;
    if (depth == circular.lastDepth) {
        text += QStringLiteral("\nCaused by: [Circular *1]");
    } else if (depth < kMaxCauseDepth && obj->Get(context, str(isolate, "cause")).ToLocal(&cause)
        && !cause->IsUndefined()) {
        QString inner = formatError(isolate, context, cause, false, ctx, depth + 1, circular);
        if (inner.startsWith(u"Uncaught "))
            inner = inner.mid(9);
        text += u"\nCaused by: " + inner;
    }
    return text;
}

} // namespace

QList<CallSite> errorCallSites(v8::Isolate *isolate, v8::Local<v8::Context> context,
                               v8::Local<v8::Object> error)
{
    QList<CallSite> result;
    v8::Local<v8::Value> ignored, sitesValue;
    ignore(error->Get(context, str(isolate, "stack")).ToLocal(&ignored));
    if (!error->GetPrivate(context, v8util::callSitesKey(isolate)).ToLocal(&sitesValue) || !sitesValue->IsArray())
        return result;
    auto sites = sitesValue.As<v8::Array>();
    for (uint32_t i = 0; i < sites->Length(); ++i) {
        v8::Local<v8::Value> site;
        if (!sites->Get(context, i).ToLocal(&site) || !site->IsObject())
            continue;
        auto call = [&](const char *method) -> v8::Local<v8::Value> {
            v8::Local<v8::Value> fn, value;
            if (site.As<v8::Object>()->Get(context, str(isolate, method)).ToLocal(&fn) && fn->IsFunction()
                && fn.As<v8::Function>()->Call(context, site, 0, nullptr).ToLocal(&value))
                return value;
            return v8::Undefined(isolate);
        };
        CallSite entry;
        v8::Local<v8::String> siteText;
        if (site->ToString(context).ToLocal(&siteText))
            entry.text = qstr(isolate, siteText);
        const v8::Local<v8::Value> fileName = call("getFileName");
        entry.file = fileName->IsString() ? qstr(isolate, fileName) : QString();
        entry.line = call("getLineNumber")->Int32Value(context).FromMaybe(0);
        entry.column = call("getColumnNumber")->Int32Value(context).FromMaybe(0);
        result.append(entry);
    }
    return result;
}

QString formatUncaught(v8::Isolate *isolate, v8::Local<v8::Context> context,
                       v8::Local<v8::Value> exception, bool inPromise,
                       const ErrorFormatContext &ctx)
{
    // Find a loop in the cause chain before printing it.
    Circular circular;
    std::vector<v8::Local<v8::Value>> chain{exception};
    for (int depth = 0; depth < kMaxCauseDepth && chain.back()->IsNativeError(); ++depth) {
        v8::Local<v8::Value> cause;
        if (!chain.back().As<v8::Object>()->Get(context, str(isolate, "cause")).ToLocal(&cause)
            || cause->IsUndefined())
            break;
        auto seen = std::find_if(chain.begin(), chain.end(),
                                 [&](v8::Local<v8::Value> e) { return e->StrictEquals(cause); });
        if (seen != chain.end()) {
            circular.target = *seen;
            circular.lastDepth = depth;
            break;
        }
        chain.push_back(cause);
    }
    QString text = formatError(isolate, context, exception, true, ctx, 0, circular);
    if (inPromise && text.startsWith(u"Uncaught "))
        text = u"Uncaught (in promise) " + text.mid(9);
    return text;
}

} // namespace loopscope
