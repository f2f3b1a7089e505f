// The engine: set-up, the module, and the event loop itself (Engine::iterate, the one place
// that orders the phases). Errors and events: engine_errors.cpp; the work the loop runs:
// engine_tasks.cpp; the globals a script sees: engine_globals.cpp.
#include "runtime/engine.h"

#include "ffi/ffihost.h"
#include "runtime/v8init.h"
#include "runtime/v8util.h"

#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

#include <cmath>
#include <unistd.h>

namespace loopscope {

using v8util::ignore;
using v8util::qstr;
using v8util::str;

// ---------------------------------------------------------------------------------------------
// Engine: set-up and the module

Engine::Engine(RunOptions options, Output output, std::shared_ptr<EngineControl> control)
    : m_options(std::move(options))
    , m_profile(findProfile(m_options.profile) ? findProfile(m_options.profile) : &defaultProfile())
    , m_output(std::move(output))
    , m_control(std::move(control))
    , m_timers(this)
    , m_rec(m_options.recorder.get())
{
    m_timers.setOneListPerTimer(m_profile->rustTimers);
}

Engine::~Engine()
{
    m_control->detach();
    if (m_isolate) {
        {
            v8::Isolate::Scope isolateScope(m_isolate);
            // Every Global must go before the isolate does.
            m_ffi.reset();
            m_jobIdKey.Reset();
            m_freeJobs = nullptr;
            m_jobSlabs.clear(); // with the functions of jobs that never ran
            m_timerPayloads.clear();
            m_pendingRejections.clear();
            m_reportedRejections.clear();
            m_handledRejections.clear();
            m_ticks.clear();
            m_immediates.clear();
            m_outstandingImmediates.clear();
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
    return m_clockOffsetMs + double(m_clock.nsecsElapsed()) / 1e6;
}

void Engine::print(Stream stream, const QByteArray &utf8)
{
    if (m_rec)
        record(trace::Kind::ConsoleOutput, {.value = stream == Stream::Stdout ? 0 : 1,
                                            .str = intern(QString::fromUtf8(utf8))});
    m_output.write(stream, utf8);
}

void Engine::print(Stream stream, const QString &text)
{
    if (m_rec)
        record(trace::Kind::ConsoleOutput, {.value = stream == Stream::Stdout ? 0 : 1, .str = intern(text)});
    m_output.write(stream, text.toUtf8());
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

// import.meta as Deno fills it for the main module: url, main, resolve, filename, dirname.
static void initializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module>,
                                 v8::Local<v8::Object> meta)
{
    v8::Isolate *isolate = context->GetIsolate();
    Engine *engine = Engine::from(isolate);
    const QUrl url(engine->scriptUrl());
    ignore(meta->Set(context, str(isolate, "url"), str(isolate, engine->scriptUrl())));
    ignore(meta->Set(context, str(isolate, "main"), v8::True(isolate)));
    v8::Local<v8::Function> resolve = v8::Function::New(context, [](const v8::FunctionCallbackInfo<v8::Value> &info) {
        v8::Isolate *isolate = info.GetIsolate();
        const QUrl base(Engine::from(isolate)->scriptUrl());
        const QString specifier = qstr(isolate, info[0]);
        info.GetReturnValue().Set(str(isolate, base.resolved(QUrl(specifier)).toString(QUrl::FullyEncoded)));
    }, v8::Local<v8::Value>(), 0).ToLocalChecked();
    ignore(meta->Set(context, str(isolate, "resolve"), resolve));
    ignore(meta->Set(context, str(isolate, "filename"), str(isolate, url.toLocalFile())));
    ignore(meta->Set(context, str(isolate, "dirname"), str(isolate, QFileInfo(url.toLocalFile()).absolutePath())));
}

// Dynamic import() is refused like a static one, as a rejected promise.
static v8::MaybeLocal<v8::Promise> refuseDynamicImport(v8::Local<v8::Context> context, v8::Local<v8::Data>,
                                                      v8::Local<v8::Value>, v8::Local<v8::String> specifier,
                                                      v8::Local<v8::FixedArray>)
{
    v8::Isolate *isolate = context->GetIsolate();
    v8::Local<v8::Promise::Resolver> resolver;
    if (!v8::Promise::Resolver::New(context).ToLocal(&resolver))
        return {};
    const QString spec = qstr(isolate, specifier);
    ignore(resolver->Reject(context, v8::Exception::TypeError(str(
        isolate, QStringLiteral("Import of \"%1\" is not supported: loopscope runs a script as one "
                                "module, without imports")
                     .arg(spec)))));
    return resolver->GetPromise();
}

bool Engine::setUp()
{
    ensureV8();
    m_allocator.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator = m_allocator.get();
    m_isolate = v8::Isolate::New(params);
    m_isolate->SetData(0, this);
    // Deno 2.7.5 and later run microtasks only at explicit checkpoints (deno-semantics.md §6);
    // before, V8's default policy ran them whenever the JavaScript stack emptied.
    m_isolate->SetMicrotasksPolicy(m_profile->microtasks == MicrotaskPolicy::Explicit
                                       ? v8::MicrotasksPolicy::kExplicit
                                       : v8::MicrotasksPolicy::kAuto);
    m_isolate->SetPromiseRejectCallback(&Engine::onPromiseReject);
    m_isolate->SetHostInitializeImportMetaObjectCallback(&initializeImportMeta);
    m_isolate->SetHostImportModuleDynamicallyCallback(&refuseDynamicImport);
    m_isolate->AddMessageListenerWithErrorLevel(&Engine::onMessage, v8::Isolate::kMessageError);
    m_isolate->SetPrepareStackTraceCallback(&prepareStackTrace);

    v8::Isolate::Scope isolateScope(m_isolate);
    v8::HandleScope handleScope(m_isolate);
    v8::Local<v8::Context> context = v8::Context::New(m_isolate);
    m_context.Reset(m_isolate, context);
    v8::Context::Scope contextScope(context);
    setUpTracing();
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
    installPromiseHook(true);
    record(trace::Kind::ScriptEvalStart, {.str = intern(m_url)});
    v8::Local<v8::Value> result;
    const bool evaluated = module->Evaluate(ctx).ToLocal(&result);
    record(trace::Kind::ScriptEvalEnd, {.value = evaluated ? 0 : 1});
    m_evaluatingTopLevel = false;
    afterJs();
    if (fatal())
        return false;
    if (!evaluated) {
        // Only without top-level await support would evaluation throw instead of rejecting.
        reportUncaught(tryCatch.Exception(), true);
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
            m_trackingAwait = false;
            installPromiseHook(false);
        }
    } else {
        m_trackingAwait = false;
        installPromiseHook(false);
    }
    // The checkpoint at the end of module evaluation (deno-semantics.md §6). A rejected
    // evaluation promise is reported by the loop like any unhandled rejection.
    checkpoint();
    return !fatal();
}

// ---------------------------------------------------------------------------------------------
// The event loop

// One iteration, in Deno 2.9's phase order (deno-semantics.md §7). This is the only place
// that orders the phases.
bool Engine::iterate()
{
    v8::HandleScope handleScope(m_isolate);
    v8::platform::PumpMessageLoop(ensureV8(), m_isolate);
    record(trace::Kind::LoopPhase, {.value = int(trace::Phase::IterationStart)});

    // Pre-phase: checkpoint unless a tick is scheduled.
    if (m_ticks.empty())
        checkpoint();
    if (fatal())
        return false;

    // The timer phase: an exception in a timer callback, or dispatched between two of them,
    // ends the run there, before anything else runs.
    const quint64 beforeTimers = m_dispatchCount;
    bool didWork = false;
    auto timerPhase = [&] {
        didWork = dispatchTimers();
        return m_dispatchCount == beforeTimers && !fatal();
    };
    // Deno before 2.7.8 (Rust timers): the timer phase comes first, then a checkpoint.
    if (m_profile->rustTimers) {
        if (!timerPhase())
            return checkDispatched() && false;
        checkpoint();
    }

    // Phase 2: module progress (a top-level await still pending is checked at the end).
    followModuleEvaluation();

    // Phase 2a: the foreign-call inbox: FFI callbacks called from other threads, each run
    // with its own checkpoint before its thread is released (the task spawner, Deno 1.39+).
    bool ranForeign = false;
    if (!m_ffi->servedByMiddleware()) {
        ranForeign = m_ffi->dispatchForeignCalls();
        if (fatal())
            return checkDispatched() && false;
    }

    // Phase 2b: timers.
    if (!m_profile->rustTimers && !timerPhase())
        return checkDispatched() && false;
    // 2b': completed async ops (nonblocking FFI calls that finished before the last yield).
    // Then a checkpoint.
    if (m_rec && m_ffi->hasWork())
        record(trace::Kind::LoopPhase, {.value = int(trace::Phase::Completions)});
    const bool resolvedOps = m_ffi->resolveCompletions();
    if (m_ticks.empty())
        checkpoint();

    // Phase 2c: "rejectionhandled" events.
    dispatchHandledRejections();

    // Phase 2d: ticks and microtasks, when there was work.
    const bool dispatchedOps = !m_ticks.empty() || ranForeign || resolvedOps;
    if (didWork || dispatchedOps) {
        record(trace::Kind::LoopPhase, {.value = int(trace::Phase::Ticks)});
        if (!drainTicks())
            return checkDispatched() && false;
    }

    // Deno 1.23-1.38: the FFI event-loop middleware, polled after op results (timers were
    // ops then), ticks and macrotasks. It drains the queue once; if it ran anything the loop
    // polls again at once.
    if (m_ffi->servedByMiddleware()) {
        if (m_ffi->dispatchForeignCalls() && !m_ticks.empty() && !drainTicks())
            return checkDispatched() && false;
        if (fatal())
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
    const bool haveImmediates = !m_immediates.empty() || !m_outstandingImmediates.empty();
    // Before 2.7.8 only while a ref'ed immediate waits.
    const bool runThem = m_immediateRefCount > 0 || (!m_profile->rustTimers && (didWork || dispatchedOps));
    if (haveImmediates && runThem) {
        record(trace::Kind::LoopPhase, {.value = int(trace::Phase::Immediates)});
        if (!runImmediates())
            return checkDispatched() && false;
        if (!m_ticks.empty() && !drainTicks())
            return checkDispatched() && false;
    }
    checkpoint();
    if (!m_ticks.empty() && !drainTicks())
        return checkDispatched() && false;

    // Phase 6: an exception dispatched by a microtask earlier in this iteration ends the run.
    record(trace::Kind::LoopPhase, {.value = int(trace::Phase::IterationEnd)});
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
    // Deno's EventLoopPendingState: ref'ed immediates, ticks, promise events waiting for phases
    // 2c/2e (rejections made or handled by the last immediates), ref'ed timers.
    if (m_immediateRefCount > 0 || !m_ticks.empty() || hasPromiseEvents())
        return true;
    if (m_timerDeadline >= 0 && m_timers.refCount() > 0)
        return true;
    // Ref'ed callbacks, queued foreign calls, nonblocking calls in flight.
    return m_ffi && m_ffi->keepsAlive();
}

bool Engine::hasPromiseEvents() const
{
    return !m_pendingRejections.empty() || !m_handledRejections.empty();
}

void Engine::park()
{
    // Leaving the iteration is a yield: nonblocking calls that finished meanwhile become
    // visible to the next one (Deno's op driver runs while the loop task yields).
    m_ffi->harvestCompletions();
    if (fatal())
        return;
    // Re-wake at once for ticks, ref'ed or left-over immediates, promise events, foreign calls
    // and completed nonblocking calls.
    if (!m_ticks.empty() || m_immediateRefCount > 0 || !m_outstandingImmediates.empty() || hasPromiseEvents()
        || m_ffi->hasWork())
        return;
    if (m_ffi->spins()) {
        spin();
        return;
    }
    double wait = -1;
    if (m_timerDeadline >= 0) {
        wait = m_timerDeadline - now();
        if (wait <= 0)
            return;
        m_parkTimer->start(int(std::ceil(wait)));
    }
    record(trace::Kind::Idle, {.value = wait < 0 ? trace::kIdleNoTimeout : std::int64_t(std::ceil(wait) * 1e6)});
    m_ffi->setParked(true);
    m_parkLoop->exec();
    m_ffi->setParked(false);
    const bool timerFired = m_parkTimer->isActive() == false && wait >= 0;
    m_parkTimer->stop();
    recordWake(timerFired);
    m_ffi->harvestCompletions();
}

void Engine::spin()
{
    // Deno 1.23-1.26.1: the FFI middleware returned true while any callback was ref'ed, and
    // core re-polled the loop at once instead of waiting. Each poll ran the middleware, which
    // found queued foreign calls even though they woke nothing. The engine thread really
    // burns its CPU here; the trace's CPU track shows it.
    record(trace::Kind::Idle, {.value = trace::kIdleSpin});
    bool timerDue = false;
    for (;;) {
        m_parkLoop->processEvents(QEventLoop::AllEvents);
        m_ffi->harvestCompletions();
        timerDue = m_timerDeadline >= 0 && now() >= m_timerDeadline;
        if (fatal() || timerDue || m_ffi->pollFindsWork() || !m_ffi->spins() || !m_ticks.empty()
            || m_immediateRefCount > 0 || hasPromiseEvents())
            break;
    }
    recordWake(timerDue);
}

void Engine::recordWake(bool timerFired)
{
    if (m_rec) {
        // What woke the loop, and the flow of the event that caused it.
        trace::WakeCause cause = trace::WakeCause::Other;
        std::uint64_t flow = 0;
        if (m_control->stopRequested()) {
            cause = trace::WakeCause::Stop;
        } else if (const auto ffiCause = m_ffi->wakeCause(&flow)) {
            cause = *ffiCause;
        } else if (timerFired) {
            cause = trace::WakeCause::Timer;
            // The timer that is due: its schedule event starts the chain of causes.
            if (const Timer *due = m_timers.nextDue()) {
                auto it = m_timerFlows.find(due->id);
                if (it != m_timerFlows.end())
                    flow = it->second;
            }
        }
        record(trace::Kind::Wake, {.value = int(cause), .flow = flow});
    }
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
    m_parkLoop = &parkLoop;
    m_parkTimer = &parkTimer;

    if (m_rec) {
        m_rec->registerThread(trace::ThreadKind::Engine, QStringLiteral("engine"));
        record(trace::Kind::RunStart, {.str = intern(QFileInfo(m_options.scriptPath).absoluteFilePath())});
        m_cpuSampler = std::make_unique<trace::CpuSampler>(*m_rec);
        if (!m_cpuSampler->startForCurrentThread())
            m_cpuSampler.reset();
    }
    if (setUp()) {
        m_control->attach(m_isolate, &waker, &parkLoop);
        v8::Isolate::Scope isolateScope(m_isolate);
        v8::HandleScope handleScope(m_isolate);
        v8::Context::Scope contextScope(context());
        // The run's clock (performance.now(), timers) starts with the script, at the time Deno
        // 2.9.6 reaches its module (about 1.5 ms after start, measured): our own set-up, which
        // takes longer without a V8 snapshot, is not the script's time.
        m_clock.restart();
        m_clockOffsetMs = 1.5;
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
                    if (fatal())
                        break;
                    const bool prevented = dispatchLifecycle("beforeunload");
                    if (!checkDispatched())
                        break;
                    if (!prevented) {
                        // Deno then gives node:process, if it was loaded, its "beforeExit": ticks
                        // are drained and the loop goes on if anything is pending again (work
                        // the listeners scheduled included).
                        if (!m_lazyLoaded[LazyProcess])
                            break;
                        callEvents("processBeforeExit", 0, nullptr);
                        afterJs();
                        if (!checkDispatched() || !processTicksAndRejections() || !checkDispatched() || !isAlive())
                            break;
                    }
                }
                if (!fatal() && checkDispatched() && !m_unloadDispatched) {
                    m_unloadDispatched = true;
                    dispatchLifecycle("unload");
                    // Then node:process's "exit", if it was loaded.
                    if (checkDispatched() && m_lazyLoaded[LazyProcess]) {
                        callEvents("processExit", 0, nullptr);
                        afterJs();
                        checkDispatched();
                    }
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
    if (m_cpuSampler)
        m_cpuSampler->stop();
    record(trace::Kind::RunEnd, {.value = int(m_result.reason)});
    m_parkLoop = nullptr;
    m_parkTimer = nullptr;
    return m_result;
}

} // namespace loopscope
