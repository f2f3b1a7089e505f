// Uncaught exceptions, unhandled rejections, error reports and the global events around them
// (error, unhandledrejection, rejectionhandled, load, beforeunload, unload).
#include "runtime/engine.h"

#include "runtime/errorformat.h"
#include "runtime/v8util.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

namespace loopscope {

using v8util::ignore;
using v8util::qstr;
using v8util::str;

// The module's evaluation promise: while it is pending, the promise hook follows where the top
// level awaits (for the stalled-await report); once it settled that stops. A rejection is
// reported like any other unhandled rejection.
void Engine::followModuleEvaluation()
{
    if (m_trackingAwait && !m_modulePromise.IsEmpty()
        && m_modulePromise.Get(m_isolate)->State() != v8::Promise::kPending) {
        m_trackingAwait = false;
        installPromiseHook(false);
    }
}

void Engine::onPromiseHook(v8::PromiseHookType type, v8::Local<v8::Promise> promise, v8::Local<v8::Value> parent)
{
    v8::Isolate *isolate = v8::Isolate::GetCurrent();
    Engine *self = from(isolate);
    if (!self)
        return;
    if (self->m_rec)
        self->tracePromiseHook(type, promise, parent);
    if (type != v8::PromiseHookType::kInit || !self->m_trackingAwait)
        return;
    v8::HandleScope handleScope(isolate);
    v8::Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(isolate, 2);
    if (trace->GetFrameCount() != 1)
        return;
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, 0);
    if (!frame->GetFunctionName().IsEmpty() && frame->GetFunctionName()->Length() > 0)
        return;
    if (qstr(isolate, frame->GetScriptNameOrSourceURL()) != self->m_url)
        return;
    self->m_awaitLine = frame->GetLineNumber();
    self->m_awaitColumn = frame->GetColumn();
}

// Deno's report for a top-level await that can never finish: the message, the line of the
// await with a caret, and the frame.
void Engine::reportStalledTopLevelAwait()
{
    QString text = QStringLiteral("error: Top-level await promise never resolved");
    // V8 10.2 cannot say where a module is suspended, and awaiting a native promise creates no
    // promise of its own. The last promise the top level created is at or just before the
    // await: the await is the nearest `await` before it on its line, else the next one after.
    if (m_awaitLine > 0) {
        const QStringList lines = m_source.split(u'\n');
        static const QRegularExpression awaitWord(QStringLiteral("\\bawait\\b"));
        const QString &here = lines.value(m_awaitLine - 1);
        qsizetype found = -1;
        for (auto it = awaitWord.globalMatch(here); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedStart() < m_awaitColumn)
                found = m.capturedStart();
        }
        if (found >= 0) {
            m_awaitColumn = int(found) + 1;
        } else {
            for (int l = m_awaitLine - 1; l < lines.size(); ++l) {
                const auto m = awaitWord.match(lines[l], l == m_awaitLine - 1 ? m_awaitColumn - 1 : 0);
                if (m.hasMatch()) {
                    m_awaitLine = l + 1;
                    m_awaitColumn = int(m.capturedStart()) + 1;
                    break;
                }
            }
        }
    }
    if (m_awaitLine > 0) {
        const QString line = m_source.section(u'\n', m_awaitLine - 1, m_awaitLine - 1).remove(u'\r');
        if (!line.isEmpty() && line.toUtf8().size() <= 150 && m_awaitColumn - 1 <= line.size()) {
            QString caret;
            for (int i = 0; i < m_awaitColumn - 1; ++i)
                caret += line[i] == u'\t' ? u'\t' : u' ';
            text += u'\n' + line + u'\n' + caret + u'^';
        }
        text += QStringLiteral("\n    at <anonymous> (%1:%2:%3)").arg(m_url).arg(m_awaitLine).arg(m_awaitColumn);
    }
    finishWithError(ExitReason::StalledTopLevelAwait, text);
}

void Engine::reportUncaught(v8::Local<v8::Value> exception, bool inPromise)
{
    if (fatal())
        return;
    if (inPromise) {
        // processPromiseRejections has already asked the "unhandledrejection" listeners.
        dispatchUncaught(exception, true);
        return;
    }
    // Deno's reportException: an "error" event that a listener may cancel. It dispatches the
    // exception itself when nobody does; if it could not run at all, we do.
    v8::Local<v8::Value> argv[1] = {exception};
    if (!callEvents("reportException", 1, argv) && !m_dispatched)
        dispatchUncaught(exception, false);
}

QString Engine::exceptionMessage(v8::Local<v8::Value> exception)
{
    ErrorFormatContext fmt;
    fmt.scriptUrl = m_url;
    fmt.inspect = [this](v8::Local<v8::Value> value) { return inspectValue(value); };
    const QString text = formatUncaught(m_isolate, context(), exception, false, fmt);
    return text.section(u'\n', 0, 0);
}

void Engine::dispatchUncaught(v8::Local<v8::Value> exception, bool inPromise)
{
    if (fatal())
        return;
    v8::HandleScope handleScope(m_isolate);
    v8::Local<v8::Context> ctx = context();
    ErrorFormatContext fmt;
    fmt.scriptUrl = m_url;
    fmt.source = m_source;
    fmt.inspect = [this](v8::Local<v8::Value> value) { return inspectValue(value); };
    const QString text = formatUncaught(m_isolate, ctx, exception, inPromise, fmt);
    // Like Deno's op_dispatch_exception: remember the exception (a later one replaces it) and
    // terminate whatever JavaScript is still on the stack, a microtask checkpoint for example.
    m_dispatched = true;
    ++m_dispatchCount;
    m_dispatchedReason = inPromise ? ExitReason::UnhandledRejection : ExitReason::UncaughtException;
    m_dispatchedText = u"error: " + text;
    m_isolate->TerminateExecution();
    m_selfTerminated = true;
}

void Engine::afterJs()
{
    if (m_selfTerminated) {
        m_selfTerminated = false;
        if (!m_control->stopRequested())
            m_isolate->CancelTerminateExecution();
    }
}

bool Engine::checkDispatched()
{
    if (m_dispatched) {
        finishWithError(m_dispatchedReason, m_dispatchedText);
        return false;
    }
    return !fatal();
}

QString Engine::inspectValue(v8::Local<v8::Value> value)
{
    v8::Local<v8::Context> ctx = context();
    v8::Local<v8::Object> api = m_consoleApi.Get(m_isolate);
    v8::Local<v8::Value> fn;
    if (!api->Get(ctx, str(m_isolate, "inspect")).ToLocal(&fn) || !fn->IsFunction())
        return qstr(m_isolate, value);
    v8::TryCatch tc(m_isolate);
    v8::Local<v8::Value> out;
    if (!fn.As<v8::Function>()->Call(ctx, v8::Undefined(m_isolate), 1, &value).ToLocal(&out))
        return QStringLiteral("[value could not be inspected]");
    return qstr(m_isolate, out);
}

// Calls one of bootstrap.js's event functions; returns its boolean result (false if it could
// not run). An exception escaping it is reported as uncaught, without a second event.
bool Engine::callEvents(const char *name, int argc, v8::Local<v8::Value> *argv)
{
    if (fatal() || m_events.IsEmpty())
        return false;
    v8::HandleScope handleScope(m_isolate);
    v8::Local<v8::Context> ctx = context();
    v8::Local<v8::Value> fn;
    if (!m_events.Get(m_isolate)->Get(ctx, str(m_isolate, name)).ToLocal(&fn) || !fn->IsFunction())
        return false;
    v8::TryCatch tryCatch(m_isolate);
    v8::Local<v8::Value> result;
    if (!fn.As<v8::Function>()->Call(ctx, v8::Undefined(m_isolate), argc, argv).ToLocal(&result)) {
        if (tryCatch.HasCaught() && !tryCatch.HasTerminated())
            dispatchUncaught(tryCatch.Exception(), false);
        return false;
    }
    return result->IsTrue();
}

bool Engine::dispatchLifecycle(const char *type)
{
    v8::HandleScope handleScope(m_isolate);
    v8::Local<v8::Value> argv[1] = {str(m_isolate, type)};
    const bool cancelled = callEvents("lifecycle", 1, argv);
    afterJs();
    return cancelled;
}

// Deno dispatches "load" once the main module has finished evaluating: right after evaluation,
// or at the end of the loop iteration in which its top-level await settled.
void Engine::maybeDispatchLoad()
{
    if (m_loadDispatched || fatal() || m_dispatched)
        return;
    if (!m_modulePromise.IsEmpty() && m_modulePromise.Get(m_isolate)->State() != v8::Promise::kFulfilled)
        return;
    m_loadDispatched = true;
    dispatchLifecycle("load");
}

// V8 reports an exception thrown by a queueMicrotask callback here and goes on with the next
// microtask; like Deno, we dispatch it, which terminates the rest of the checkpoint.
void Engine::onMessage(v8::Local<v8::Message> message, v8::Local<v8::Value> exception)
{
    v8::Isolate *isolate = message->GetIsolate();
    Engine *self = from(isolate);
    if (self && !exception.IsEmpty())
        self->reportUncaught(exception, false);
}

// Formats `error.stack` as V8 would, and keeps the call sites on the error, as Deno's own
// prepareStackTrace does: the uncaught-error report prints these structured frames, whatever
// a user's Error.prepareStackTrace made of the text. An error whose `stack` was replaced before
// it was ever formatted has none (see errorformat.cpp).
v8::MaybeLocal<v8::Value> Engine::prepareStackTrace(v8::Local<v8::Context> context,
                                                    v8::Local<v8::Value> error,
                                                    v8::Local<v8::Array> sites)
{
    v8::Isolate *isolate = context->GetIsolate();
    v8::EscapableHandleScope scope(isolate);
    if (error->IsObject())
        ignore(error.As<v8::Object>()->SetPrivate(context, v8util::callSitesKey(isolate), sites));
    v8::Local<v8::Value> errorCtor, user;
    if (context->Global()->Get(context, str(isolate, "Error")).ToLocal(&errorCtor) && errorCtor->IsObject()
        && errorCtor.As<v8::Object>()->Get(context, str(isolate, "prepareStackTrace")).ToLocal(&user)
        && user->IsFunction()) {
        v8::Local<v8::Value> argv[2] = {error, sites};
        v8::Local<v8::Value> result;
        if (!user.As<v8::Function>()->Call(context, errorCtor, 2, argv).ToLocal(&result))
            return {};
        return scope.Escape(result);
    }
    // V8's own layout: "Name: message", then one "    at <call site>" line per frame.
    QString text;
    v8::Local<v8::Value> header;
    {
        v8::TryCatch tryCatch(isolate);
        v8::Local<v8::Value> errorProto, toString;
        if (errorCtor->IsObject()
            && errorCtor.As<v8::Object>()->Get(context, str(isolate, "prototype")).ToLocal(&errorProto)
            && errorProto->IsObject()
            && errorProto.As<v8::Object>()->Get(context, str(isolate, "toString")).ToLocal(&toString)
            && toString->IsFunction() && error->IsObject()
            && toString.As<v8::Function>()->Call(context, error, 0, nullptr).ToLocal(&header))
            text = qstr(isolate, header);
        else
            text = QStringLiteral("<error>");
    }
    for (uint32_t i = 0; i < sites->Length(); ++i) {
        v8::Local<v8::Value> site;
        v8::Local<v8::String> siteText;
        if (!sites->Get(context, i).ToLocal(&site) || !site->ToString(context).ToLocal(&siteText))
            return {};
        text += u"\n    at " + qstr(isolate, siteText);
    }
    return scope.Escape(str(isolate, text));
}

void Engine::onPromiseReject(v8::PromiseRejectMessage message)
{
    v8::Local<v8::Promise> promise = message.GetPromise();
    v8::Isolate *isolate = promise->GetIsolate();
    Engine *self = from(isolate);
    switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler: {
        Rejection r;
        r.promise.Reset(isolate, promise);
        r.reason.Reset(isolate, message.GetValue());
        self->m_pendingRejections.push_back(std::move(r));
        self->m_rejectionToWarn = true;
        break;
    }
    case v8::kPromiseHandlerAddedAfterReject:
        for (auto it = self->m_pendingRejections.begin(); it != self->m_pendingRejections.end(); ++it) {
            if (it->promise.Get(isolate) == promise) {
                self->m_pendingRejections.erase(it);
                return;
            }
        }
        for (auto it = self->m_reportedRejections.begin(); it != self->m_reportedRejections.end(); ++it) {
            if (it->promise.Get(isolate) == promise) {
                self->m_handledRejections.push_back(std::move(*it));
                self->m_reportedRejections.erase(it);
                return;
            }
        }
        break;
    default:
        break;
    }
}

// Node's processPromiseRejections as Deno runs it: a rejection still without a handler is fatal
// ("Uncaught (in promise)"). The module's own evaluation promise is one of them: a top level
// that throws is reported here, like any other rejection.
bool Engine::processPromiseRejections()
{
    m_rejectionToWarn = false;
    if (m_pendingRejections.empty())
        return false;
    std::vector<Rejection> rejections = std::move(m_pendingRejections);
    m_pendingRejections.clear();
    v8::HandleScope handleScope(m_isolate);
    bool any = false;
    for (Rejection &r : rejections) {
        any = true;
        v8::Local<v8::Value> argv[2] = {r.promise.Get(m_isolate), r.reason.Get(m_isolate)};
        const quint64 before = m_dispatchCount;
        const bool prevented = callEvents("rejection", 2, argv);
        if (fatal() || m_dispatchCount != before)
            break; // a listener threw
        if (prevented) {
            // Handled by a listener; a handler attached later fires "rejectionhandled".
            m_reportedRejections.push_back(std::move(r));
            continue;
        }
        // Like Deno's op_dispatch_exception, this replaces an exception dispatched earlier.
        dispatchUncaught(argv[1], true);
        break;
    }
    return any;
}

// Phase 2c: "rejectionhandled" for rejections a listener had handled and that now have a
// handler of their own.
void Engine::dispatchHandledRejections()
{
    while (!m_handledRejections.empty() && !fatal()) {
        Rejection r = std::move(m_handledRejections.front());
        m_handledRejections.erase(m_handledRejections.begin());
        v8::HandleScope handleScope(m_isolate);
        v8::Local<v8::Value> argv[2] = {r.promise.Get(m_isolate), r.reason.Get(m_isolate)};
        callEvents("rejectionHandled", 2, argv);
        afterJs();
    }
}


} // namespace loopscope
