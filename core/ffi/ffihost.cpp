// Dispatch of FFI callbacks (deno-semantics.md §2-§5): the libffi trampoline, the foreign-call
// inbox, and the event-loop hooks for foreign calls and nonblocking completions.
#include "ffi/ffihost.h"
#include "ffi/ffiprivate.h"

#include "ffi/workerpool.h"
#include "runtime/engine.h"
#include "runtime/v8util.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace loopscope::ffi {

using namespace std::chrono_literals;

namespace {

// How long a foreign call may wait while the engine thread sits in one synchronous native call
// before loopscope calls it a likely deadlock.
constexpr auto kDeadlockAfter = 2s;
constexpr auto kDeadlockCheck = 250ms;

} // namespace

static QString noWakeReason(CallbackRecord::NoWake why);

std::uint64_t FfiHost::currentThreadTag()
{
    static std::atomic<std::uint64_t> next{1};
    thread_local const std::uint64_t tag = next.fetch_add(1);
    return tag;
}

// --- the libffi trampoline -------------------------------------------------------------------

void callbackTrampoline(ffi_cif *, void *ret, void **args, void *userdata)
{
    auto *cb = static_cast<CallbackRecord *>(userdata);
    const Type &result = cb->signature.result;
    if (FfiHost::currentThreadTag() == cb->creatorThread) {
        FfiHost *host = cb->host;
        if (!host || cb->closed.load()) {
            // A run that is over, or a closed callback: Deno would crash; we answer 0.
            if (host)
                host->runCallback(cb, ret, args); // reports the closed call
            else
                zeroResult(result, ret);
            return;
        }
        host->runCallback(cb, ret, args);
        return;
    }
    ForeignCall call;
    call.callback = cb;
    call.args = args;
    call.ret = ret;
    call.thread = FfiHost::currentThreadTag();
    zeroResult(result, ret);
    cb->inbox->callAndWait(call);
}

// --- Inbox -----------------------------------------------------------------------------------

Inbox::Inbox(std::shared_ptr<EngineControl> control, Output output, std::shared_ptr<trace::Recorder> recorder,
             const Profile &profile)
    : m_control(std::move(control))
    , m_output(std::move(output))
    , m_rec(std::move(recorder))
    , m_profile(profile)
{
}

bool Inbox::pendingFlow(std::uint64_t *flow, bool *completion) const
{
    std::lock_guard lock(m_mutex);
    if (!m_queue.empty()) {
        *flow = m_queue.front()->flow;
        *completion = false;
        return true;
    }
    if (!m_completions.empty()) {
        *flow = m_completions.front().flow;
        *completion = true;
        return true;
    }
    return false;
}

void Inbox::diagnostic(const QString &text, int kind, std::uint32_t callback, std::uint32_t call, std::uint64_t flow)
{
    if (m_rec)
        m_rec->record(trace::Kind::Diagnostic, {.id = callback, .id2 = call, .value = kind, .flow = flow,
                                                .str = m_rec->intern(text.trimmed())});
    m_output.write(Stream::Stderr, text.toUtf8());
}

void Inbox::end()
{
    std::lock_guard lock(m_mutex);
    m_ended = true;
}

bool Inbox::callAndWait(ForeignCall &call)
{
    std::unique_lock lock(m_mutex);
    if (m_ended && !m_closed) {
        // As in Deno at exit: nobody will serve this call; the process is about to end.
        for (;;)
            m_queueCv.wait(lock);
    }
    if (m_closed) {
        const QString why = QString::fromLatin1(m_closedWhy);
        lock.unlock();
        diagnostic(QStringLiteral("loopscope: warning: a native thread called callback %1 after %2; it got 0 "
                                  "(Deno would have ended the process already)\n")
                       .arg(call.callback->label, why),
                   int(trace::DiagnosticKind::CallAfterClose), call.callback->rid);
        return false;
    }
    call.queuedAt = std::chrono::steady_clock::now();
    call.id = ++m_nextCallId;
    if (m_rec)
        call.flow = m_rec->record(trace::Kind::ForeignCallQueued,
                                  {.id = call.id, .id2 = call.callback->rid, .flow = trace::Recorder::kNewFlow});
    m_queue.push_back(&call);
    // Since Deno 1.35 every foreign call wakes the loop; before, only some could (the profile's
    // rules, kept per callback in `wake`).
    const auto noWake = CallbackRecord::NoWake(call.callback->wake.load());
    call.woke = noWake == CallbackRecord::Wakes;
    lock.unlock();
    if (call.woke)
        wake();
    lock.lock();
    while (!call.done) {
        if (call.cv.wait_for(lock, kDeadlockCheck) != std::cv_status::timeout || call.done)
            continue;
        if (!call.woke && !call.taken && !call.hangReported && m_parked.load(std::memory_order_relaxed)
            && std::chrono::steady_clock::now() - call.queuedAt >= kDeadlockAfter) {
            // The loop sleeps and this call cannot wake it: with this profile's Deno the thread
            // waits until something else wakes the loop, maybe for ever, at 0 % CPU.
            call.hangReported = true;
            lock.unlock();
            diagnostic(QStringLiteral("loopscope: hang: native thread %1 has waited %2 s for callback %3, but under "
                                      "%4 its call cannot wake the event loop: %5. The loop sleeps at 0 % CPU; "
                                      "Deno %6 waits here until something else wakes it, possibly for ever. "
                                      "Stop the run (Stop, Ctrl+C or --timeout) to end it.\n")
                           .arg(call.thread)
                           .arg(std::chrono::duration<double>(std::chrono::steady_clock::now() - call.queuedAt).count(),
                                0, 'f', 1)
                           .arg(call.callback->label, QLatin1String(m_profile.name), noWakeReason(noWake),
                                QLatin1String(m_profile.versions)),
                       int(trace::DiagnosticKind::Hang), call.callback->rid, call.id, call.flow);
            lock.lock();
            continue;
        }
        if (call.deadlockReported)
            continue;
        // Blocked in the same native call as at the last check?
        const int name = m_nativeName.load(std::memory_order_relaxed);
        const std::uint64_t generation = m_nativeGeneration.load(std::memory_order_relaxed);
        if (name < 0 || generation != call.seenGeneration) {
            call.seenGeneration = generation;
            call.stuckChecks = 0;
            continue;
        }
        if (++call.stuckChecks * kDeadlockCheck < kDeadlockAfter)
            continue;
        call.deadlockReported = true;
        const QString symbol = m_names[std::size_t(name)];
        lock.unlock();
        const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now()
                                                                                  - call.queuedAt);
        diagnostic(QStringLiteral("loopscope: likely deadlock: native thread %1 has waited %2 s for callback %3, "
                                  "but the engine thread is blocked in the synchronous native call %4 "
                                  "and cannot run it. Deno would hang here for ever; stop the run "
                                  "(Stop, Ctrl+C or --timeout) to end it.\n")
                       .arg(call.thread)
                       .arg(double(waited.count()) / 1000.0, 0, 'f', 1)
                       .arg(call.callback->label, symbol),
                   int(trace::DiagnosticKind::Deadlock), call.callback->rid, call.id, call.flow);
        lock.lock();
    }
    return true;
}

std::vector<ForeignCall *> Inbox::takeBatch()
{
    std::lock_guard lock(m_mutex);
    std::vector<ForeignCall *> batch(m_queue.begin(), m_queue.end());
    m_queue.clear();
    // Deno before 1.36 popped the drained Vec: newest first.
    if (m_profile.inboxOrder == InboxOrder::Lifo)
        std::reverse(batch.begin(), batch.end());
    for (ForeignCall *call : batch)
        call->taken = true;
    m_running.insert(m_running.end(), batch.begin(), batch.end());
    return batch;
}

bool Inbox::hasQueued() const
{
    std::lock_guard lock(m_mutex);
    return !m_queue.empty();
}

void Inbox::release(ForeignCall *call)
{
    std::lock_guard lock(m_mutex);
    auto it = std::find(m_running.begin(), m_running.end(), call);
    if (it == m_running.end())
        return; // already released by close()
    m_running.erase(it);
    if (m_rec)
        m_rec->record(trace::Kind::ForeignCallReleased, {.id = call->id, .id2 = call->callback->rid, .flow = call->flow});
    call->done = true;
    call->cv.notify_all();
}

void Inbox::complete(Completion completion)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return;
        m_completions.push_back(completion);
    }
    wake();
}

std::vector<Completion> Inbox::takeCompletions()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_completions, {});
}

int Inbox::registerName(const QString &name)
{
    std::lock_guard lock(m_mutex);
    m_names.push_back(name);
    return int(m_names.size() - 1);
}

void Inbox::close(const char *why)
{
    std::lock_guard lock(m_mutex);
    if (!m_closed) {
        m_closed = true;
        m_closedWhy = why;
    }
    // Queued and running calls alike: the thread gets 0 and goes on.
    auto releaseUnserved = [this](ForeignCall *call) {
        zeroResult(call->callback->signature.result, call->ret);
        if (m_rec)
            m_rec->record(trace::Kind::ForeignCallReleased,
                          {.id = call->id, .id2 = call->callback->rid, .value = 1, .flow = call->flow});
        call->done = true;
        call->cv.notify_all();
    };
    std::for_each(m_queue.begin(), m_queue.end(), releaseUnserved);
    m_queue.clear();
    std::for_each(m_running.begin(), m_running.end(), releaseUnserved);
    m_running.clear();
    m_completions.clear();
}

void Inbox::reportUnserved()
{
    struct Waiting {
        std::uint64_t thread;
        QString label;
        std::uint32_t callback, call;
        std::uint64_t flow;
    };
    std::vector<Waiting> waiting;
    {
        std::lock_guard lock(m_mutex);
        for (const ForeignCall *call : m_queue)
            waiting.push_back({call->thread, call->callback->label, call->callback->rid, call->id, call->flow});
    }
    for (const auto &[thread, label, callback, call, flow] : waiting)
        diagnostic(QStringLiteral("loopscope: hang: the run ends while native thread %1 still waits for callback %2: "
                                  "under %3 its queued call neither woke the event loop nor kept it alive, so "
                                  "Deno %4 exits here and the thread never gets its result.\n")
                       .arg(thread)
                       .arg(label, QLatin1String(m_profile.name), QLatin1String(m_profile.versions)),
                   int(trace::DiagnosticKind::Hang), callback, call, flow);
}

static QString noWakeReason(CallbackRecord::NoWake why)
{
    switch (why) {
    case CallbackRecord::NothingWakes:
        return QStringLiteral("foreign calls wake nothing (only a ref'ed callback's spinning loop picks them up)");
    case CallbackRecord::NeverRefed:
        return QStringLiteral("the callback was never ref'ed, so it has no waker");
    case CallbackRecord::Severed:
        return QStringLiteral("unref() cancelled the callback's ref op, which severed its waker, and a later ref() "
                              "does not restore it (the bug fixed in Deno 1.31.0)");
    case CallbackRecord::Closed:
        return QStringLiteral("the callback is closed");
    case CallbackRecord::Wakes:
        break;
    }
    return QStringLiteral("it wakes the loop");
}

void Inbox::wake()
{
    m_control->wake();
}

// --- FfiHost ---------------------------------------------------------------------------------

FfiHost::FfiHost(Engine &engine, std::shared_ptr<EngineControl> control, Output output, bool releaseAtEnd)
    : m_engine(engine)
    , m_profile(engine.profile())
    , m_control(control)
    , m_inbox(std::make_shared<Inbox>(control, std::move(output), engine.recorderShared(), engine.profile()))
    , m_pool(std::make_shared<WorkerPool>(32))
    , m_releaseAtEnd(releaseAtEnd)
{
    m_fnPointerName = m_inbox->registerName(QStringLiteral("UnsafeFnPointer.call"));
    if (trace::Recorder *rec = m_inbox->recorder()) {
        m_fnPointerString = rec->intern(QStringLiteral("UnsafeFnPointer.call"));
        // Pool threads name themselves in the trace when they start.
        std::weak_ptr<Inbox> inbox = m_inbox;
        m_pool->setThreadStartHook([inbox] {
            if (auto in = inbox.lock())
                if (trace::Recorder *r = in->recorder())
                    r->registerThread(trace::ThreadKind::Pool, QStringLiteral("nonblocking pool"));
        });
    }
    // A stop must free native threads that wait for a callback: the engine thread may itself be
    // blocked in a native call that waits for them (a deadlock Deno never leaves).
    std::weak_ptr<Inbox> inbox = m_inbox;
    m_control->setStopHandler([inbox] {
        if (auto i = inbox.lock())
            i->close("the run was stopped");
    });
}

FfiHost::~FfiHost()
{
    if (!m_control->stopRequested()) {
        // deno-1.30: a callback the script believes ref'ed may not have kept the run alive.
        for (CallbackRecord *cb : m_allCallbacks)
            if (cb->refRequested && !cb->refed && cb->canceled && !cb->closed.load())
                m_inbox->diagnostic(
                    QStringLiteral("loopscope: hang: the run ends although callback %1 is ref'ed: under %2, ref() "
                                   "after unref() makes an op that resolves at once, so the callback neither keeps "
                                   "the process alive nor wakes the loop (fixed in Deno 1.31.0). A native thread that "
                                   "calls it later is never served.\n")
                        .arg(cb->label, QLatin1String(m_profile.name)),
                    int(trace::DiagnosticKind::Hang), cb->rid);
        m_inbox->reportUnserved();
    }
    if (m_releaseAtEnd)
        m_inbox->close("the run ended");
    else
        m_inbox->end();
    m_control->setStopHandler({});
    parkPending();
    m_pool->shutdown();
    for (CallbackRecord *cb : m_allCallbacks) {
        cb->host = nullptr;
        cb->function.Reset();
    }
    m_callbackException.Reset();
}

v8::Isolate *FfiHost::isolate() const
{
    return m_engine.isolate();
}

bool FfiHost::keepsAlive() const
{
    // Queued foreign calls count as ref'ed work only for the task spawner (1.39+); the
    // middleware kept the loop going only while it found work (or, in 1.26, while a callback
    // was ref'ed).
    return m_refedCallbacks > 0 || !m_pending.empty() || !m_visibleCompletions.empty() || m_repoll
        || (!servedByMiddleware() && m_inbox->hasQueued());
}

bool FfiHost::spins() const
{
    return m_profile.spinsWhileRefed() && m_refedCallbacks > 0;
}

bool FfiHost::pollFindsWork() const
{
    return !m_visibleCompletions.empty() || m_inbox->hasQueued();
}

void FfiHost::updateWake(CallbackRecord *cb)
{
    auto why = CallbackRecord::Wakes;
    if (cb->closed.load())
        why = CallbackRecord::Closed;
    else
        switch (m_profile.foreignWake) {
        case ForeignWake::Never:
            why = CallbackRecord::NothingWakes;
            break;
        case ForeignWake::WhileRefOpPending:
            why = cb->canceled ? CallbackRecord::Severed
                : cb->refed    ? CallbackRecord::Wakes
                               : CallbackRecord::NeverRefed;
            break;
        case ForeignWake::AfterFirstRef:
            why = cb->everRefed ? CallbackRecord::Wakes : CallbackRecord::NeverRefed;
            break;
        case ForeignWake::Always:
            break;
        }
    cb->wake.store(why);
}

std::optional<trace::WakeCause> FfiHost::wakeCause(std::uint64_t *flow) const
{
    if (!m_visibleCompletions.empty()) {
        *flow = m_visibleCompletions.front().flow;
        return trace::WakeCause::Nonblocking;
    }
    bool completion = false;
    if (m_inbox->pendingFlow(flow, &completion))
        return completion ? trace::WakeCause::Nonblocking : trace::WakeCause::ForeignCall;
    return std::nullopt;
}

bool FfiHost::hasWork() const
{
    // Under the middleware a queued call that did not wake the loop waits for the next poll.
    return !m_visibleCompletions.empty() || m_repoll || (!servedByMiddleware() && m_inbox->hasQueued());
}

void FfiHost::warnClosed(CallbackRecord *cb)
{
    if (cb->warnedClosed.exchange(true))
        return;
    m_inbox->diagnostic(QStringLiteral("loopscope: warning: callback %1 was called after close(); it got 0. "
                                       "In Deno this is undefined behaviour (a crash).\n")
                            .arg(cb->label),
                        int(trace::DiagnosticKind::CallAfterClose), cb->rid);
}

bool FfiHost::callJs(CallbackRecord *cb, void *ret, void **args)
{
    v8::Isolate *iso = isolate();
    v8::Local<v8::Context> ctx = m_engine.context();
    const Signature &sig = cb->signature;
    const std::size_t n = sig.parameters.size();
    v8::Local<v8::Value> inlineArgv[8];
    std::vector<v8::Local<v8::Value>> heapArgv(n > 8 ? n : 0);
    v8::Local<v8::Value> *argv = n > 8 ? heapArgv.data() : inlineArgv;
    for (std::size_t i = 0; i < n; ++i)
        argv[i] = argToJs(iso, sig.parameters[i], args[i]);
    v8::Local<v8::Value> value;
    if (!cb->function.Get(iso)->Call(ctx, v8::Undefined(iso), int(n), argv).ToLocal(&value)) {
        zeroResult(sig.result, ret);
        return false;
    }
    callbackResult(iso, ctx, value, sig.result, ret);
    return true;
}

void FfiHost::runCallback(CallbackRecord *cb, void *ret, void **args)
{
    if (cb->closed.load() || cb->function.IsEmpty()) {
        warnClosed(cb);
        zeroResult(cb->signature.result, ret);
        return;
    }
    invokeSameThread(cb, ret, args, m_nativeDepth == 0);
}

void FfiHost::invokeSameThread(CallbackRecord *cb, void *ret, void **args, bool interrupt)
{
    v8::Isolate *iso = isolate();
    if (m_engine.fatal() || iso->IsExecutionTerminating()) {
        zeroResult(cb->signature.result, ret);
        return;
    }
    v8::HandleScope scope(iso);
    v8::Context::Scope contextScope(m_engine.context());
    v8::TryCatch tryCatch(iso);
    // While the callback's JavaScript runs, the engine thread is not blocked in native code.
    const int blockedIn = m_inbox->enterNative(-1);
    const auto kind = int(interrupt ? trace::CallbackKind::Interrupt : trace::CallbackKind::Sync);
    const std::uint64_t flow = interrupt ? 0 : m_nativeCallFlow;
    m_inbox->record(trace::Kind::CallbackStart, {.id = cb->rid, .value = kind, .flow = flow});
    const bool returned = callJs(cb, ret, args);
    m_inbox->record(trace::Kind::CallbackEnd, {.id = cb->rid, .value = kind, .flow = flow});
    m_inbox->restoreNative(blockedIn);
    // With V8's automatic policy (Deno before 2.7.5) the microtasks an interrupt handler queued
    // ran as it returned to an empty stack; since then they wait for the loop's next checkpoint.
    if (interrupt && m_engine.profile().interruptDrains && !m_engine.fatal())
        m_engine.checkpoint();
    if (returned) {
        // Only the last invocation's exception reaches the JS caller of the native function.
        m_callbackException.Reset();
        return;
    }
    if (tryCatch.HasTerminated()) {
        m_callbackTerminated = true;
        return;
    }
    if (!tryCatch.HasCaught())
        return;
    if (interrupt) {
        // No JavaScript below us to rethrow into: it is an uncaught exception.
        m_engine.reportUncaught(tryCatch.Exception(), false);
        return;
    }
    m_callbackException.Reset(iso, tryCatch.Exception());
}

void FfiHost::invokeForeign(ForeignCall *call)
{
    CallbackRecord *cb = call->callback;
    if (cb->closed.load() || cb->function.IsEmpty()) {
        warnClosed(cb);
        zeroResult(cb->signature.result, call->ret);
        m_inbox->release(call);
        return;
    }
    v8::Isolate *iso = isolate();
    m_inbox->record(trace::Kind::ForeignCallInvoked, {.id = call->id, .id2 = cb->rid, .flow = call->flow});
    const auto threadSafe = int(trace::CallbackKind::ThreadSafe);
    {
        v8::HandleScope scope(iso);
        v8::Context::Scope contextScope(m_engine.context());
        v8::TryCatch tryCatch(iso);
        m_inbox->record(trace::Kind::CallbackStart, {.id = cb->rid, .id2 = call->id, .value = threadSafe, .flow = call->flow});
        const bool returned = callJs(cb, call->ret, call->args);
        m_inbox->record(trace::Kind::CallbackEnd, {.id = cb->rid, .id2 = call->id, .value = threadSafe, .flow = call->flow});
        if (!returned && tryCatch.HasCaught() && !tryCatch.HasTerminated())
            m_engine.print(Stream::Stderr, QStringLiteral("Illegal unhandled exception in nonblocking callback\n"));
    }
    // The callback ended the run (Deno.exit, a stop): in Deno the process is gone before the
    // thread could go on, so it is not released here; the end of the run decides.
    if (m_engine.fatal())
        return;
    // The task's own checkpoint, before the native thread gets its result (callback.rs:205).
    m_engine.checkpoint();
    m_inbox->release(call);
}

bool FfiHost::dispatchForeignCalls()
{
    bool ran = false;
    // The task spawner: at most three batches per iteration, then the loop goes on (and comes
    // back at once). The middleware drained the queue once per poll.
    const int batches = servedByMiddleware() ? 1 : 3;
    m_repoll = false;
    for (int batch = 0; batch < batches; ++batch) {
        std::vector<ForeignCall *> calls = m_inbox->takeBatch();
        if (calls.empty())
            break;
        if (!ran)
            m_inbox->record(trace::Kind::LoopPhase, {.value = int(trace::Phase::ForeignCalls)});
        ran = true;
        for (ForeignCall *call : calls) {
            if (m_engine.fatal())
                break; // left waiting: the end of the run decides (see invokeForeign)
            invokeForeign(call);
        }
        if (m_engine.hasNoTicks())
            m_engine.checkpoint();
    }
    // A middleware that ran something returned true: Deno woke the loop again at once.
    m_repoll = ran && servedByMiddleware();
    return ran;
}

void FfiHost::harvestCompletions()
{
    std::vector<Completion> done = m_inbox->takeCompletions();
    m_visibleCompletions.insert(m_visibleCompletions.end(), done.begin(), done.end());
}

} // namespace loopscope::ffi
