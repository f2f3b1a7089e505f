#include "runtime/engine.h"

#include "runtime/errorformat.h"
#include "runtime/v8init.h"
#include "runtime/v8util.h"

#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTimer>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>

#include <cmath>
#include <unistd.h>

namespace loopscope {

using v8util::ignore;
using v8util::qstr;
using v8util::str;

// ---------------------------------------------------------------------------------------------
// EngineControl

void EngineControl::attach(v8::Isolate *isolate, QObject *waker, QEventLoop *parkLoop)
{
    std::lock_guard lock(m_mutex);
    m_isolate = isolate;
    m_waker = waker;
    m_parkLoop = parkLoop;
    // A stop that came before the engine existed still has to end the run.
    if (m_stopRequested.load())
        m_isolate->TerminateExecution();
}

void EngineControl::detach()
{
    std::lock_guard lock(m_mutex);
    m_isolate = nullptr;
    m_waker = nullptr;
    m_parkLoop = nullptr;
}

void EngineControl::requestStop(ExitReason reason)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopRequested.load())
            return;
        m_reason = reason;
        m_stopRequested.store(true, std::memory_order_release);
        // Termination is sticky when no JavaScript runs (it then hits the next call), which is
        // what we want here: once a stop is requested the engine runs no more JavaScript.
        if (m_isolate)
            m_isolate->TerminateExecution();
    }
    wake();
}

ExitReason EngineControl::stopReason() const
{
    std::lock_guard lock(m_mutex);
    return m_reason;
}

void EngineControl::wake()
{
    std::lock_guard lock(m_mutex);
    if (!m_waker || m_wakePending.exchange(true))
        return;
    QEventLoop *loop = m_parkLoop;
    QMetaObject::invokeMethod(
        m_waker,
        [this, loop] {
            m_wakePending.store(false);
            loop->quit();
        },
        Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// Engine: set-up and the module

Engine::Engine(RunOptions options, Output output, std::shared_ptr<EngineControl> control)
    : m_options(std::move(options))
    , m_output(std::move(output))
    , m_control(std::move(control))
    , m_timers(this)
{
}

Engine::~Engine()
{
    m_control->detach();
    if (m_isolate) {
        {
            v8::Isolate::Scope isolateScope(m_isolate);
            // Every Global must go before the isolate does.
            m_timerPayloads.clear();
            m_pendingRejections.clear();
            m_reportedRejections.clear();
            m_handledRejections.clear();
            m_ticks.clear();
            m_immediates.clear();
            m_immediateById.clear();
            m_events.Reset();
            m_consoleApi.Reset();
            m_modulePromise.Reset();
            m_module.Reset();
            m_context.Reset();
        }
        m_isolate->Dispose();
    }
}

Engine *Engine::from(v8::Isolate *isolate)
{
    return static_cast<Engine *>(isolate->GetData(0));
}

double Engine::now()
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

void Engine::print(Stream stream, const QString &text)
{
    m_output.write(stream, text);
}

bool Engine::fatal() const
{
    return m_finished || m_control->stopRequested();
}

void Engine::finishWithError(ExitReason reason, const QString &text)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.reason = reason;
    m_result.exitCode = exitCodeFor(reason);
    m_result.message = text;
}

bool Engine::setUp()
{
    ensureV8();
    m_allocator.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator = m_allocator.get();
    m_isolate = v8::Isolate::New(params);
    m_isolate->SetData(0, this);
    // Deno 2.9 runs microtasks only at explicit checkpoints (deno-semantics.md §6).
    m_isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
    m_isolate->SetPromiseRejectCallback(&Engine::onPromiseReject);
    m_isolate->AddMessageListenerWithErrorLevel(&Engine::onMessage, v8::Isolate::kMessageError);
    m_isolate->SetPrepareStackTraceCallback(&prepareStackTrace);

    v8::Isolate::Scope isolateScope(m_isolate);
    v8::HandleScope handleScope(m_isolate);
    v8::Local<v8::Context> context = v8::Context::New(m_isolate);
    m_context.Reset(m_isolate, context);
    v8::Context::Scope contextScope(context);
    installGlobals();
    return !fatal();
}

static v8::MaybeLocal<v8::Module> refuseImport(v8::Local<v8::Context> context,
                                               v8::Local<v8::String> specifier,
                                               v8::Local<v8::FixedArray>,
                                               v8::Local<v8::Module>)
{
    v8::Isolate *isolate = context->GetIsolate();
    const QString spec = qstr(isolate, specifier);
    isolate->ThrowException(v8::Exception::TypeError(str(
        isolate, QStringLiteral("Import of \"%1\" is not supported: loopscope runs a script as one "
                                "module, without imports")
                     .arg(spec))));
    return {};
}

bool Engine::evaluateModule()
{
    const QFileInfo info(m_options.scriptPath);
    m_url = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded);
    m_source = m_options.source;
    if (m_source.isEmpty()) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            finishWithError(ExitReason::LoadError,
                            QStringLiteral("error: Module not found \"%1\".").arg(m_url));
            return false;
        }
        m_source = QString::fromUtf8(file.readAll());
    }

    v8::HandleScope handleScope(m_isolate);
    v8::Local<v8::Context> ctx = context();
    v8::TryCatch tryCatch(m_isolate);
    v8::ScriptOrigin origin(m_isolate, str(m_isolate, m_url), 0, 0, false, -1,
                            v8::Local<v8::Value>(), false, false, /*is_module=*/true);
    v8::ScriptCompiler::Source source(str(m_isolate, m_source), origin);
    v8::Local<v8::Module> module;
    if (!v8::ScriptCompiler::CompileModule(m_isolate, &source).ToLocal(&module)) {
        v8::Local<v8::Message> message = tryCatch.Message();
        QString text = qstr(m_isolate, message->Get());
        if (text.startsWith(u"Uncaught "))
            text = text.mid(9);
        const int line = message->GetLineNumber(ctx).FromMaybe(0);
        const int column = message->GetStartColumn(ctx).FromMaybe(0) + 1;
        // Deno's layout: the message, the source line in a gutter with a marker under the
        // column, then the location as a stack frame.
        QString detail = u"error: " + text;
        const QString sourceLine = qstr(m_isolate, message->GetSourceLine(ctx).FromMaybe(v8::Local<v8::String>()));
        if (!sourceLine.isEmpty()) {
            const QString number = QString::number(line);
            const QString gutter(number.size(), u' ');
            QString marker;
            for (int i = 0; i < column - 1 && i < sourceLine.size(); ++i)
                marker += sourceLine[i] == u'\t' ? u'\t' : u' ';
            detail += u'\n' + gutter + u" |\n" + number + u" | " + sourceLine + u'\n' + gutter
                + u" | " + marker + u'~';
        }
        detail += QStringLiteral("\n    at %1:%2:%3").arg(m_url).arg(line).arg(column);
        finishWithError(ExitReason::SyntaxError, detail);
        return false;
    }
    m_module.Reset(m_isolate, module);
    if (!module->InstantiateModule(ctx, &refuseImport).FromMaybe(false)) {
        finishWithError(ExitReason::LoadError,
                        u"error: " + qstr(m_isolate, tryCatch.Exception()->ToString(ctx).ToLocalChecked()));
        return false;
    }

    m_evaluatingTopLevel = true;
    m_trackingAwait = true;
    m_isolate->SetPromiseHook(&Engine::onPromiseHook);
    v8::Local<v8::Value> result;
    const bool evaluated = module->Evaluate(ctx).ToLocal(&result);
    m_evaluatingTopLevel = false;
    afterJs();
    if (fatal())
        return false;
    if (!evaluated) {
        // Only without top-level await support would evaluation throw instead of rejecting.
        reportUncaught(tryCatch.Exception(), tryCatch.Message(), true);
        afterJs();
        return checkDispatched();
    }
    if (result->IsPromise()) {
        m_modulePromise.Reset(m_isolate, result.As<v8::Promise>());
        if (result.As<v8::Promise>()->State() == v8::Promise::kPending) {
            // The top level is suspended at an await: keep following where it awaits until
            // the module settles.
            m_trackingAwait = true;
        } else {
            m_isolate->SetPromiseHook(nullptr);
        }
    } else {
        m_isolate->SetPromiseHook(nullptr);
    }
    // The checkpoint at the end of module evaluation (deno-semantics.md §6). A rejected
    // evaluation promise is reported by the loop like any unhandled rejection.
    checkpoint();
    return !fatal();
}

// The module's evaluation promise: once settled it no longer matters here (a rejection is an
// unhandled rejection like any other); while pending, a loop with nothing else alive means a
// top-level await that can never finish.
bool Engine::checkModuleEvaluation()
{
    if (m_trackingAwait && !m_modulePromise.IsEmpty()
        && m_modulePromise.Get(m_isolate)->State() != v8::Promise::kPending) {
        m_trackingAwait = false;
        m_isolate->SetPromiseHook(nullptr);
    }
    return true;
}

void Engine::onPromiseHook(v8::PromiseHookType type, v8::Local<v8::Promise>, v8::Local<v8::Value>)
{
    if (type != v8::PromiseHookType::kInit)
        return;
    v8::Isolate *isolate = v8::Isolate::GetCurrent();
    Engine *self = from(isolate);
    if (!self || !self->m_trackingAwait)
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

void Engine::reportUncaught(v8::Local<v8::Value> exception, v8::Local<v8::Message>, bool inPromise)
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

// ---------------------------------------------------------------------------------------------
// Microtasks, ticks and rejections

void Engine::checkpoint()
{
    if (fatal())
        return;
    // V8 ignores a checkpoint requested while microtasks run; so do we for our bookkeeping.
    if (m_checkpointDepth++ == 0)
        m_checkpointDispatch = m_dispatchCount;
    m_isolate->PerformMicrotaskCheckpoint();
    if (--m_checkpointDepth == 0)
        afterJs();
}

void Engine::queueMicrotask(v8::Local<v8::Function> fn)
{
    // The function goes onto V8's queue as it is, as Deno's op_queue_microtask does.
    m_isolate->EnqueueMicrotask(fn);
}

// V8 reports an exception thrown by a queueMicrotask callback here and goes on with the next
// microtask; like Deno, we dispatch it, which terminates the rest of the checkpoint.
void Engine::onMessage(v8::Local<v8::Message> message, v8::Local<v8::Value> exception)
{
    v8::Isolate *isolate = message->GetIsolate();
    Engine *self = from(isolate);
    if (self && !exception.IsEmpty())
        self->reportUncaught(exception, message, false);
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

// Returns false when an exception was dispatched meanwhile (Deno returns the error at once:
// this runs as JavaScript, whose caller checks for an exception).
bool Engine::processTicksAndRejections()
{
    const quint64 before = m_dispatchCount;
    do {
        while (!m_ticks.empty()) {
            TickQueue::Tick tick = m_ticks.take();
            if (!tick() || fatal() || m_dispatchCount != before)
                return false;
        }
        checkpoint();
        if (fatal() || m_dispatchCount != before)
            return false;
    } while (!m_ticks.empty() || processPromiseRejections());
    m_rejectionToWarn = false;
    return !fatal() && m_dispatchCount == before;
}

// Deno's drainTicks(): a plain checkpoint unless a tick or a rejection is pending. The plain
// checkpoint is not checked for exceptions; the JavaScript slow path is.
bool Engine::drainTicks()
{
    if (m_ticks.empty() && !m_rejectionToWarn) {
        checkpoint();
        if (m_ticks.empty() && !m_rejectionToWarn)
            return !fatal();
    }
    return processTicksAndRejections();
}

bool Engine::runNextTicks()
{
    // Between two timer callbacks everything runs inside JavaScript (processTimers), so an
    // exception dispatched here, even by a microtask, ends timer processing at once.
    const quint64 before = m_dispatchCount;
    return drainTicks() && m_dispatchCount == before;
}

// ---------------------------------------------------------------------------------------------
// Timers

// Deno's timer sleeps run on tokio's timer wheel, whose deadlines are whole milliseconds
// rounded up: a 1 ms sleep armed at 3.2 ms wakes the loop at 5 ms, not 4.2 ms. A chain of
// setTimeout(0) therefore advances about 2 ms per step, as in Deno.
static double wheelDeadline(double at)
{
    return std::ceil(at);
}

void Engine::schedule(double msecs)
{
    // op_timer_schedule: (re)arm the loop's single timer.
    m_timerDeadline = wheelDeadline(now() + msecs);
    m_timerRefed = true;
}

void Engine::released(std::uint64_t id)
{
    m_timerPayloads.erase(id);
}

bool Engine::fire(Timer &timer)
{
    if (fatal())
        return false;
    auto it = m_timerPayloads.find(timer.id);
    if (it == m_timerPayloads.end())
        return true;
    v8::HandleScope handleScope(m_isolate);
    v8::Local<v8::Context> ctx = context();
    v8::Local<v8::Function> fn = it->second.callback.Get(m_isolate);
    std::vector<v8::Local<v8::Value>> args;
    args.reserve(it->second.args.size());
    for (const auto &a : it->second.args)
        args.push_back(a.Get(m_isolate));
    v8::Local<v8::Value> self = it->second.handle.IsEmpty()
        ? v8::Local<v8::Value>(v8::Undefined(m_isolate))
        : v8::Local<v8::Value>(it->second.handle.Get(m_isolate));
    const quint64 before = m_dispatchCount;
    const bool oneShot = timer.repeat == 0;
    v8::TryCatch tryCatch(m_isolate);
    v8::Local<v8::Value> ignored;
    if (!fn->Call(ctx, self, int(args.size()), args.data()).ToLocal(&ignored)) {
        if (tryCatch.HasCaught() && !tryCatch.HasTerminated())
            reportUncaught(tryCatch.Exception(), tryCatch.Message(), false);
        return false;
    }
    // Node's invokeCallback marks a one-shot Timeout destroyed once its callback returned
    // (unless the callback re-armed it with refresh()).
    if (oneShot && self->IsObject() && !timer.list)
        ignore(self.As<v8::Object>()->Set(ctx, str(m_isolate, "_destroyed"), v8::True(m_isolate)));
    return !fatal() && m_dispatchCount == before;
}

// Phase 2b: run the due timers and re-arm the loop's timer from what processTimers returns.
bool Engine::dispatchTimers()
{
    if (m_timerDeadline < 0 || now() < m_timerDeadline)
        return false;
    const double t = now();
    const double next = m_timers.processTimers(t);
    afterJs();
    if (fatal() || m_timers.aborted())
        return true;
    if (next != 0) {
        const double current = now();
        const double expiry = std::abs(next);
        double delay = expiry > current ? std::floor(expiry - current) : 0;
        if (delay <= 0)
            delay = 1;
        m_timerDeadline = wheelDeadline(current + delay);
        m_timerRefed = next > 0;
    } else {
        m_timerDeadline = -1;
        m_timerRefed = false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Ticks, immediates, exit

void Engine::queueTick(v8::Local<v8::Function> fn, v8::Local<v8::Array> args)
{
    v8::Local<v8::Context> ctx = context();
    auto callback = std::make_shared<v8::Global<v8::Function>>(m_isolate, fn);
    auto argv = std::make_shared<std::vector<v8::Global<v8::Value>>>();
    for (uint32_t i = 0; i < args->Length(); ++i)
        argv->emplace_back(m_isolate, args->Get(ctx, i).ToLocalChecked());
    m_ticks.push([this, callback, argv] {
        if (fatal())
            return false;
        v8::HandleScope handleScope(m_isolate);
        std::vector<v8::Local<v8::Value>> a;
        for (const auto &g : *argv)
            a.push_back(g.Get(m_isolate));
        v8::TryCatch tryCatch(m_isolate);
        v8::Local<v8::Value> ignored;
        if (!callback->Get(m_isolate)->Call(context(), v8::Undefined(m_isolate), int(a.size()), a.data()).ToLocal(&ignored)) {
            if (tryCatch.HasCaught() && !tryCatch.HasTerminated())
                reportUncaught(tryCatch.Exception(), tryCatch.Message(), false);
            return false;
        }
        return !fatal();
    });
}

double Engine::setImmediate(v8::Local<v8::Function> fn, v8::Local<v8::Array> args, v8::Local<v8::Object> handle)
{
    v8::Local<v8::Context> ctx = context();
    auto imm = std::make_shared<Immediate>();
    imm->id = m_nextImmediateId++;
    imm->callback.Reset(m_isolate, fn);
    for (uint32_t i = 0; i < args->Length(); ++i)
        imm->args.emplace_back(m_isolate, args->Get(ctx, i).ToLocalChecked());
    imm->handle.Reset(m_isolate, handle);
    ++m_immediateRefCount;
    m_immediates.push_back(imm);
    m_immediateById.emplace(imm->id, imm);
    return double(imm->id);
}

void Engine::clearImmediate(double id)
{
    auto it = m_immediateById.find(std::uint64_t(id));
    if (it == m_immediateById.end() || it->second->destroyed)
        return;
    it->second->destroyed = true;
    if (it->second->refed)
        --m_immediateRefCount;
    m_immediateById.erase(it);
}

void Engine::setImmediateRefed(double id, bool refed)
{
    auto it = m_immediateById.find(std::uint64_t(id));
    if (it == m_immediateById.end() || it->second->refed == refed)
        return;
    it->second->refed = refed;
    m_immediateRefCount += refed ? 1 : -1;
}

bool Engine::immediateRefed(double id) const
{
    auto it = m_immediateById.find(std::uint64_t(id));
    return it != m_immediateById.end() && it->second->refed;
}

// Node's runImmediates as Deno runs it: the queue as it stands now, ticks drained between
// two immediates; immediates queued meanwhile wait for the next iteration.
bool Engine::runImmediates()
{
    std::deque<std::shared_ptr<Immediate>> queue;
    queue.swap(m_immediates);
    bool ranAtLeastOne = false;
    while (!queue.empty()) {
        std::shared_ptr<Immediate> imm = std::move(queue.front());
        queue.pop_front();
        if (ranAtLeastOne) {
            if (!runNextTicks()) {
                // Put back what did not run, as Deno keeps its outstanding queue.
                for (auto it = queue.rbegin(); it != queue.rend(); ++it)
                    m_immediates.push_front(*it);
                return false;
            }
        } else {
            ranAtLeastOne = true;
        }
        if (imm->destroyed)
            continue;
        imm->destroyed = true;
        if (imm->refed)
            --m_immediateRefCount;
        m_immediateById.erase(imm->id);
        v8::HandleScope handleScope(m_isolate);
        std::vector<v8::Local<v8::Value>> a;
        for (const auto &g : imm->args)
            a.push_back(g.Get(m_isolate));
        const quint64 before = m_dispatchCount;
        v8::TryCatch tryCatch(m_isolate);
        v8::Local<v8::Value> ignored;
        if (!imm->callback.Get(m_isolate)->Call(context(), imm->handle.Get(m_isolate), int(a.size()), a.data()).ToLocal(&ignored)) {
            if (tryCatch.HasCaught() && !tryCatch.HasTerminated())
                reportUncaught(tryCatch.Exception(), tryCatch.Message(), false);
        }
        afterJs();
        if (fatal() || m_dispatchCount != before) {
            for (auto it = queue.rbegin(); it != queue.rend(); ++it)
                m_immediates.push_front(*it);
            return false;
        }
    }
    return true;
}

void Engine::requestExit(int code)
{
    if (fatal())
        return;
    if (!m_unloadDispatched) {
        m_unloadDispatched = true;
        dispatchLifecycle("unload");
        if (fatal())
            return;
    }
    m_finished = true;
    m_result.reason = ExitReason::Completed;
    m_result.exitCode = code;
    m_result.message.clear();
    // Nothing after Deno.exit() runs: not the rest of the caller, not queued work.
    m_isolate->TerminateExecution();
}

// ---------------------------------------------------------------------------------------------
// The event loop

// One iteration, in Deno 2.9's phase order (deno-semantics.md §7). This is the only place
// that orders the phases.
bool Engine::iterate()
{
    v8::HandleScope handleScope(m_isolate);
    v8::platform::PumpMessageLoop(ensureV8(), m_isolate);

    // Pre-phase: checkpoint unless a tick is scheduled.
    if (m_ticks.empty())
        checkpoint();
    if (fatal())
        return false;

    // Phase 2: module progress (a top-level await still pending is checked at the end).
    checkModuleEvaluation();

    // Phase 2a: the foreign-call inbox (FFI, a later part of the runtime).

    // Phase 2b: timers. An exception in a timer callback, or dispatched between two of them,
    // ends the run here, before anything else runs.
    const quint64 beforeTimers = m_dispatchCount;
    const bool didWork = dispatchTimers();
    if (m_dispatchCount != beforeTimers || fatal())
        return checkDispatched() && false;
    // 2b': completed async ops (none yet). Then a checkpoint.
    if (m_ticks.empty())
        checkpoint();

    // Phase 2c: "rejectionhandled" events.
    dispatchHandledRejections();

    // Phase 2d: ticks and microtasks, when there was work.
    const bool dispatchedOps = !m_ticks.empty();
    if (didWork || !m_ticks.empty()) {
        if (!drainTicks())
            return checkDispatched() && false;
    }

    // Phase 2e: unhandled rejections, then a checkpoint.
    dispatchHandledRejections();
    if (!m_pendingRejections.empty()) {
        const quint64 before = m_dispatchCount;
        processPromiseRejections();
        if (m_dispatchCount != before || fatal())
            return checkDispatched() && false;
    }
    checkpoint();

    // Phase 5: immediates, if a ref'ed one is waiting or this iteration did other work.
    if (!m_immediates.empty() && (m_immediateRefCount > 0 || didWork || dispatchedOps)) {
        if (!runImmediates())
            return checkDispatched() && false;
        if (!m_ticks.empty() && !drainTicks())
            return checkDispatched() && false;
    }
    checkpoint();
    if (!m_ticks.empty() && !drainTicks())
        return checkDispatched() && false;

    // Phase 6: an exception dispatched by a microtask earlier in this iteration ends the run.
    if (!checkDispatched())
        return false;
    maybeDispatchLoad();
    if (!checkDispatched())
        return false;

    if (isAlive())
        return true;
    // Nothing keeps the loop alive. A top-level await still pending can never resolve now.
    if (!m_modulePromise.IsEmpty() && m_modulePromise.Get(m_isolate)->State() == v8::Promise::kPending)
        reportStalledTopLevelAwait();
    return false;
}

bool Engine::isAlive() const
{
    if (m_immediateRefCount > 0)
        return true;
    // Like Deno's EventLoopPendingState: the rejection flag alone keeps nothing alive (unhandled
    // rejections never outlive phase 2e).
    if (!m_ticks.empty())
        return true;
    if (m_timerDeadline >= 0 && m_timers.refCount() > 0)
        return true;
    return false;
}

void Engine::park()
{
    if (fatal())
        return;
    if (!m_ticks.empty() || m_immediateRefCount > 0)
        return; // re-wake at once
    if (m_timerDeadline >= 0) {
        const double wait = m_timerDeadline - now();
        if (wait <= 0)
            return;
        m_parkTimer->start(int(std::ceil(wait)));
    }
    m_parkLoop->exec();
    m_parkTimer->stop();
}

RunResult Engine::exec()
{
    m_clock.start();
    QEventLoop parkLoop;
    QObject waker;
    QTimer parkTimer;
    parkTimer.setSingleShot(true);
    parkTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&parkTimer, &QTimer::timeout, &parkLoop, &QEventLoop::quit);
    m_waker = &waker;
    m_parkLoop = &parkLoop;
    m_parkTimer = &parkTimer;

    if (setUp()) {
        m_control->attach(m_isolate, &waker, &parkLoop);
        v8::Isolate::Scope isolateScope(m_isolate);
        v8::HandleScope handleScope(m_isolate);
        v8::Context::Scope contextScope(context());
        if (evaluateModule()) {
            maybeDispatchLoad();
            // A microtask exception from the module's last checkpoint waits for the end of
            // the first iteration, as in Deno.
            if (!fatal()) {
                for (;;) {
                    while (iterate())
                        park();
                    // The loop is done. A "beforeunload" listener may cancel that (Deno then
                    // runs the loop again).
                    if (fatal() || !dispatchLifecycle("beforeunload") || !checkDispatched())
                        break;
                }
                if (!fatal() && checkDispatched() && !m_unloadDispatched) {
                    m_unloadDispatched = true;
                    dispatchLifecycle("unload");
                    checkDispatched();
                }
            }
        }
        m_control->detach();
    }

    if (m_control->stopRequested()) {
        const ExitReason reason = m_control->stopReason();
        m_finished = true;
        m_result.reason = reason;
        m_result.exitCode = exitCodeFor(reason);
        m_result.message = reason == ExitReason::TimedOut
            ? QStringLiteral("error: run stopped: the time limit of %1 s was reached")
                  .arg(m_options.timeoutSeconds)
            : QStringLiteral("error: run stopped by the user");
    }
    if (!m_finished) {
        // A normal end: the exit code is process.exitCode / Deno.exitCode (0 unless set).
        m_result.exitCode = m_exitCode;
    }
    if (!m_result.message.isEmpty())
        print(Stream::Stderr, m_result.message + u'\n');
    m_result.durationMs = now();
    m_waker = nullptr;
    m_parkLoop = nullptr;
    m_parkTimer = nullptr;
    return m_result;
}

} // namespace loopscope
