// Replay of a trace: state by applying events, snapshots, and the explanation of an event.
#include "trace/replay.h"

#include <algorithm>

namespace loopscope::trace {

namespace {

bool opensSpan(Kind kind)
{
    return kind == Kind::ScriptEvalStart || kind == Kind::NativeCallStart || kind == Kind::CallbackStart
        || kind == Kind::CheckpointStart || kind == Kind::MicrotaskRunStart || kind == Kind::TimerFired
        || kind == Kind::ForeignCallInvoked; // the task: callback, checkpoint, release
}

// The start kind a given end kind closes (Kind::None if it closes nothing).
Kind startOf(Kind kind)
{
    switch (kind) {
    case Kind::ScriptEvalEnd: return Kind::ScriptEvalStart;
    case Kind::NativeCallEnd: return Kind::NativeCallStart;
    case Kind::CallbackEnd: return Kind::CallbackStart;
    case Kind::CheckpointEnd: return Kind::CheckpointStart;
    case Kind::MicrotaskRunEnd: return Kind::MicrotaskRunStart;
    case Kind::ForeignCallReleased: return Kind::ForeignCallInvoked;
    default: return Kind::None;
    }
}

QString ms(std::int64_t ns)
{
    return QString::number(double(ns) / 1e6, 'f', 3) + QStringLiteral(" ms");
}

template <typename T, typename Pred>
void eraseIf(std::vector<T> &v, Pred pred)
{
    v.erase(std::remove_if(v.begin(), v.end(), pred), v.end());
}

} // namespace

QStringList ReplayState::aliveReasons(const TraceData &data) const
{
    QStringList reasons;
    if (ended)
        return reasons;
    for (const auto &[id, count] : refcounts) {
        if (count > 0) {
            reasons << QCoreApplication::translate("Replay", "callback #%1 (%2) is ref'ed (count %3)")
                           .arg(id)
                           .arg(data.callbackLabel(id))
                           .arg(count);
        }
    }
    if (!timers.empty())
        reasons << QCoreApplication::translate("Replay", "%1 timer(s) pending, the next due at %2").arg(timers.size()).arg(ms(
                       std::min_element(timers.begin(), timers.end(), [](const auto &a, const auto &b) {
                           return a.dueNs < b.dueNs;
                       })->dueNs));
    int queued = 0;
    for (const WaitingCall &c : inbox)
        queued += c.running ? 0 : 1;
    if (queued)
        reasons << QCoreApplication::translate("Replay", "%1 foreign call(s) queued in the inbox").arg(queued);
    if (!nonblocking.empty())
        reasons << QCoreApplication::translate("Replay", "%1 nonblocking call(s) in flight").arg(nonblocking.size());
    if (!microtasks.empty())
        reasons << QCoreApplication::translate("Replay", "%1 microtask(s) queued").arg(microtasks.size());
    return reasons;
}

Replay::Replay(const TraceData &data)
    : m_data(data)
{
    const std::size_t n = data.events.size();
    // Enclosing spans, per thread. A timer callback has no end event: its span lasts until the
    // loop moves on (the next phase, or the next timer).
    m_enclosing.assign(n, n);
    std::map<std::uint16_t, std::vector<std::size_t>> open;
    for (std::size_t i = 0; i < n; ++i) {
        const Event &e = data.events[i];
        auto &stack = open[e.thread];
        if (e.kind == Kind::LoopPhase || e.kind == Kind::TimerFired || e.kind == Kind::Idle) {
            while (!stack.empty() && data.events[stack.back()].kind == Kind::TimerFired)
                stack.pop_back();
        }
        const Kind start = startOf(e.kind);
        if (start != Kind::None) {
            // Close up to the matching start (a killed run may have left inner spans open).
            auto it = std::find_if(stack.rbegin(), stack.rend(), [&](std::size_t s) {
                return data.events[s].kind == start;
            });
            if (it != stack.rend())
                stack.erase(std::next(it).base(), stack.end());
        }
        m_enclosing[i] = stack.empty() ? n : stack.back();
        if (opensSpan(e.kind))
            stack.push_back(i);
    }

    ReplayState state;
    for (std::size_t i = 0; i < n; ++i) {
        apply(state, i);
        if ((i + 1) % kSnapshotEvery == 0)
            m_snapshots.push_back(state);
    }
}

std::size_t Replay::indexOfSeq(std::uint64_t seq) const
{
    const auto &ev = m_data.events;
    auto it = std::lower_bound(ev.begin(), ev.end(), seq, [](const Event &e, std::uint64_t s) { return e.seq < s; });
    return it != ev.end() && it->seq == seq ? std::size_t(it - ev.begin()) : ev.size();
}

ReplayState Replay::stateAt(std::size_t index) const
{
    if (m_data.events.empty())
        return {};
    index = std::min(index, m_data.events.size() - 1);
    const std::size_t snapshot = (index + 1) / kSnapshotEvery; // snapshots[k-1] holds state after k*N-1
    ReplayState state;
    std::size_t from = 0;
    if (snapshot > 0) {
        state = m_snapshots[snapshot - 1];
        from = snapshot * kSnapshotEvery;
    }
    for (std::size_t i = from; i <= index; ++i)
        apply(state, i);
    return state;
}

void Replay::apply(ReplayState &s, std::size_t index) const
{
    const Event &e = m_data.events[index];
    s.index = index;
    s.timeNs = e.t;
    if (e.kind == Kind::CpuUsage) {
        // A measurement of another thread, made by a sampler thread that has no state of its own.
        s.cpu[std::uint16_t(e.id)] = e.value;
        return;
    }
    ThreadState &thread = s.threads[e.thread];
    if (thread.state == ThreadState::Unknown) {
        thread.state = ThreadState::Running;
        thread.since = index;
    }
    auto popTo = [&](Frame::Type type, std::uint32_t id) {
        auto it = std::find_if(s.stack.rbegin(), s.stack.rend(),
                               [&](const Frame &f) { return f.type == type && (id == 0 || f.id == id); });
        if (it != s.stack.rend())
            s.stack.erase(std::next(it).base(), s.stack.end());
    };
    auto dropTimerFrames = [&] {
        while (!s.stack.empty() && s.stack.back().type == Frame::Timer)
            s.stack.pop_back();
    };
    const bool engine = e.thread == 0;
    switch (e.kind) {
    case Kind::ScriptEvalStart:
        s.stack.push_back({Frame::Script, 0, 0, e.str, index});
        break;
    case Kind::ScriptEvalEnd:
        popTo(Frame::Script, 0);
        break;
    case Kind::NativeCallStart:
        s.stack.push_back({Frame::NativeCall, e.id, 0, e.str, index});
        break;
    case Kind::NativeCallEnd:
        popTo(Frame::NativeCall, e.id);
        break;
    case Kind::CallbackStart:
        if (engine)
            s.stack.push_back({Frame::Callback, e.id, e.value, 0, index});
        break;
    case Kind::CallbackEnd:
        if (engine)
            popTo(Frame::Callback, e.id);
        break;
    case Kind::CheckpointStart:
        s.stack.push_back({Frame::Checkpoint, 0, 0, 0, index});
        break;
    case Kind::CheckpointEnd:
        popTo(Frame::Checkpoint, 0);
        break;
    case Kind::MicrotaskEnqueued:
        s.microtasks.push_back({e.id, MicrotaskSource(e.value), index});
        break;
    case Kind::MicrotaskRunStart:
        eraseIf(s.microtasks, [&](const QueuedJob &j) { return j.id == e.id; });
        s.stack.push_back({Frame::Microtask, e.id, 0, 0, index});
        break;
    case Kind::MicrotaskRunEnd:
        popTo(Frame::Microtask, e.id);
        break;
    case Kind::TimerScheduled:
        s.timers.push_back({e.id, e.value, e.id2 != 0, index, e.t + e.value});
        break;
    case Kind::TimerFired: {
        dropTimerFrames();
        auto it = std::find_if(s.timers.begin(), s.timers.end(), [&](const PendingTimer &t) { return t.id == e.id; });
        if (it != s.timers.end()) {
            if (it->interval) {
                it->scheduled = index;
                it->dueNs = e.t + it->delayNs;
            } else {
                s.timers.erase(it);
            }
        }
        s.stack.push_back({Frame::Timer, e.id, 0, 0, index});
        break;
    }
    case Kind::TimerCleared:
        eraseIf(s.timers, [&](const PendingTimer &t) { return t.id == e.id; });
        break;
    case Kind::ForeignCallQueued:
        s.inbox.push_back({e.id, e.id2, e.thread, index, false});
        thread = {ThreadState::Blocked, e.id2, e.id, index};
        break;
    case Kind::ForeignCallInvoked:
        for (WaitingCall &c : s.inbox)
            if (c.id == e.id)
                c.running = true;
        break;
    case Kind::ForeignCallReleased: {
        auto it = std::find_if(s.inbox.begin(), s.inbox.end(), [&](const WaitingCall &c) { return c.id == e.id; });
        if (it != s.inbox.end()) {
            s.threads[it->thread] = {ThreadState::Running, 0, 0, index};
            s.inbox.erase(it);
        }
        break;
    }
    case Kind::NonblockingStart:
        s.nonblocking[e.id] = std::int64_t(index);
        break;
    case Kind::NonblockingResolve:
        s.nonblocking.erase(e.id);
        break;
    case Kind::CallbackCreated:
        s.refcounts[e.id] = 0;
        break;
    case Kind::CallbackClosed:
        s.refcounts.erase(e.id);
        break;
    case Kind::Ref:
    case Kind::Unref:
        if (s.refcounts.count(e.id))
            s.refcounts[e.id] = e.value;
        break;
    case Kind::LoopPhase:
        dropTimerFrames();
        s.phase = Phase(e.value);
        break;
    case Kind::Idle:
        dropTimerFrames();
        if (e.value == kIdleSpin) {
            // Not parked: the thread runs flat out, re-polling, until the wake.
            s.idle = false;
            s.spinning = true;
            thread = {ThreadState::Running, 0, 0, index};
        } else {
            s.idle = true;
            s.spinning = false;
            thread = {ThreadState::Idle, 0, 0, index};
        }
        break;
    case Kind::Wake:
        s.idle = false;
        s.spinning = false;
        thread = {ThreadState::Running, 0, 0, index};
        break;
    case Kind::RunEnd:
        s.idle = false;
        s.spinning = false;
        s.ended = true;
        s.stack.clear();
        thread = {ThreadState::Finished, 0, 0, index};
        break;
    default:
        break;
    }
}

QString Replay::valueText(Kind kind, std::int64_t value)
{
    // The enumerated values as a person reads them (event.h's stable names are for files and SQL).
    switch (kind) {
    case Kind::CallbackCreated: case Kind::CallbackStart: case Kind::CallbackEnd:
        switch (CallbackKind(value)) {
        case CallbackKind::Sync: return tr("synchronous");
        case CallbackKind::ThreadSafe: return tr("thread-safe");
        case CallbackKind::Interrupt: return tr("interrupt");
        }
        break;
    case Kind::Wake:
        switch (WakeCause(value)) {
        case WakeCause::Timer: return tr("a timer was due");
        case WakeCause::ForeignCall: return tr("a native thread called a callback");
        case WakeCause::Nonblocking: return tr("a nonblocking call finished");
        case WakeCause::Signal: return tr("a signal");
        case WakeCause::Stop: return tr("the run was stopped");
        case WakeCause::Other: return tr("something else");
        }
        break;
    case Kind::LoopPhase:
        switch (Phase(value)) {
        case Phase::IterationStart: return tr("start of an iteration");
        case Phase::ModuleProgress: return tr("module progress (2)");
        case Phase::ForeignCalls: return tr("foreign calls (2a)");
        case Phase::Timers: return tr("timers (2b)");
        case Phase::Completions: return tr("completed calls (2b')");
        case Phase::HandledRejections: return tr("handled rejections (2c)");
        case Phase::Ticks: return tr("ticks and microtasks (2d)");
        case Phase::UnhandledRejections: return tr("unhandled rejections (2e)");
        case Phase::Immediates: return tr("immediates (5)");
        case Phase::IterationEnd: return tr("end of an iteration");
        }
        break;
    case Kind::ConsoleOutput:
        return value == 0 ? tr("stdout") : tr("stderr");
    case Kind::MicrotaskEnqueued:
        switch (MicrotaskSource(value)) {
        case MicrotaskSource::QueueMicrotask: return tr("queueMicrotask");
        case MicrotaskSource::PromiseReaction: return tr("promise reaction");
        case MicrotaskSource::Await: return tr("await");
        case MicrotaskSource::Thenable: return tr("thenable");
        case MicrotaskSource::NextTick: return tr("process.nextTick");
        }
        break;
    case Kind::Diagnostic:
        switch (DiagnosticKind(value)) {
        case DiagnosticKind::Warning: return tr("warning");
        case DiagnosticKind::Deadlock: return tr("likely deadlock");
        case DiagnosticKind::CallAfterClose: return tr("call after close");
        case DiagnosticKind::Error: return tr("error");
        case DiagnosticKind::Hang: return tr("hang");
        }
        break;
    case Kind::Idle:
        if (value == kIdleSpin)
            return tr("spinning");
        break;
    default:
        break;
    }
    const char *name = valueName(kind, value);
    return name ? QString::fromLatin1(name) : QString();
}

QString Replay::spinText()
{
    return tr("spinning: a ref'ed callback makes the loop re-poll at once (deno-1.26)");
}

QString Replay::loopText(const ReplayState &state)
{
    if (state.ended)
        return tr("the run has ended");
    if (state.spinning)
        return spinText();
    if (state.idle)
        return tr("parked (idle)");
    return tr("busy");
}

QString Replay::callbackName(std::uint32_t id) const
{
    if (const CallbackInfo *c = m_data.callback(id))
        return tr("callback #%1 (%2)").arg(id).arg(c->label);
    return tr("callback #%1").arg(id);
}

QString Replay::describe(std::size_t index) const
{
    if (index >= m_data.events.size())
        return {};
    const Event &e = m_data.events[index];
    const QString thread = e.thread < m_data.threads.size() ? m_data.threads[e.thread].name
                                                            : tr("thread %1").arg(e.thread);
    const QString text = m_data.string(e.str);
    const QString v = valueText(e.kind, e.value);
    QString what;
    switch (e.kind) {
    case Kind::RunStart: what = tr("the run started (%1)").arg(text); break;
    case Kind::RunEnd: what = tr("the run ended: %1").arg(v); break;
    case Kind::ScriptEvalStart: what = tr("the script's top level began"); break;
    case Kind::ScriptEvalEnd: what = tr("the script's top level returned"); break;
    case Kind::ConsoleOutput: what = tr("%1: %2").arg(v, text.trimmed()); break;
    case Kind::NativeCallStart: what = tr("JavaScript called the native function %1").arg(text); break;
    case Kind::NativeCallEnd: what = tr("native call #%1 returned %2").arg(e.id).arg(e.value); break;
    case Kind::NonblockingStart: what = tr("nonblocking call of %1 went to the worker pool").arg(text); break;
    case Kind::NonblockingComplete: what = tr("nonblocking call #%1 finished on the pool").arg(e.id); break;
    case Kind::NonblockingResolve: what = tr("the promise of nonblocking call #%1 was resolved").arg(e.id); break;
    case Kind::CallbackCreated: what = tr("%1 was created").arg(callbackName(e.id)); break;
    case Kind::CallbackClosed: what = tr("%1 was closed").arg(callbackName(e.id)); break;
    case Kind::Ref: what = tr("%1.ref() -> %2").arg(callbackName(e.id)).arg(e.value); break;
    case Kind::Unref: what = tr("%1.unref() -> %2").arg(callbackName(e.id)).arg(e.value); break;
    case Kind::CallbackStart: what = tr("%1 began (%2)").arg(callbackName(e.id), v); break;
    case Kind::CallbackEnd: what = tr("%1 returned (%2)").arg(callbackName(e.id), v); break;
    case Kind::ForeignCallQueued:
        what = tr("%1 called %2 and blocked; the call was queued").arg(thread, callbackName(e.id2));
        break;
    case Kind::ForeignCallInvoked: what = tr("the loop took foreign call #%1 from the inbox").arg(e.id); break;
    case Kind::ForeignCallReleased:
        what = e.value ? tr("foreign call #%1 was released without running (the run ended)").arg(e.id)
                       : tr("foreign call #%1 was released: its native thread goes on").arg(e.id);
        break;
    case Kind::LoopPhase: what = tr("loop phase: %1").arg(v); break;
    case Kind::Idle:
        what = e.value == kIdleSpin ? spinText()
            : e.value < 0           ? tr("the loop parked (no timer)")
                                    : tr("the loop parked for up to %1").arg(ms(e.value));
        break;
    case Kind::Wake: what = tr("the loop woke up: %1").arg(v); break;
    case Kind::TimerScheduled:
        what = tr("%1 #%2 scheduled for %3").arg(e.id2 ? tr("interval") : tr("timer"))
                   .arg(e.id)
                   .arg(ms(e.value));
        break;
    case Kind::TimerFired: what = tr("timer #%1 fired").arg(e.id); break;
    case Kind::TimerCleared: what = tr("timer #%1 was cleared").arg(e.id); break;
    case Kind::MicrotaskEnqueued: what = tr("microtask #%1 queued (%2)").arg(e.id).arg(v); break;
    case Kind::MicrotaskRunStart: what = tr("microtask #%1 began").arg(e.id); break;
    case Kind::MicrotaskRunEnd: what = tr("microtask #%1 ended").arg(e.id); break;
    case Kind::CheckpointStart: what = tr("a microtask checkpoint began"); break;
    case Kind::CheckpointEnd: what = tr("the checkpoint ended after %1 job(s)").arg(e.value); break;
    case Kind::Diagnostic: what = tr("%1: %2").arg(v, text); break;
    case Kind::EventsLost: what = tr("%1 events of this thread were lost").arg(e.value); break;
    case Kind::CpuUsage: {
        const QString sampled = e.id < m_data.threads.size() ? m_data.threads[e.id].name : tr("thread %1").arg(e.id);
        what = tr("%1 used %2 % of a CPU over the last %3")
                   .arg(sampled)
                   .arg(double(e.value) / 10.0, 0, 'f', 1)
                   .arg(ms(std::int64_t(e.id2) * 1000));
        break;
    }
    default: what = QString::fromLatin1(kindName(e.kind)); break;
    }
    return tr("[%1, %2] %3").arg(ms(e.t), thread, what);
}

std::vector<std::size_t> Replay::causes(std::size_t index) const
{
    std::vector<std::size_t> chain;
    const std::size_t n = m_data.events.size();
    std::size_t cur = index;
    for (int step = 0; step < 12 && cur < n; ++step) {
        const Event &e = m_data.events[cur];
        std::size_t next = n;
        // First the start of this event's chain of causes (a queued call for its invocation, a
        // scheduled timer for its firing), then what was running when that happened.
        if (e.flow != 0 && e.flow != e.seq)
            next = indexOfSeq(e.flow);
        if (next >= n || next >= cur)
            next = m_enclosing[cur];
        if (next >= n || next >= cur)
            break;
        chain.push_back(next);
        cur = next;
    }
    return chain;
}

QStringList Replay::explain(std::size_t index) const
{
    QStringList lines;
    if (index >= m_data.events.size())
        return lines;
    const Event &e = m_data.events[index];
    lines << describe(index);
    const ReplayState before = index > 0 ? stateAt(index - 1) : ReplayState{};
    // Why now: what the rules of the loop say about this kind of event.
    switch (e.kind) {
    case Kind::MicrotaskRunStart: {
        std::size_t cp = m_enclosing[index];
        if (cp < m_data.events.size() && m_data.events[cp].kind == Kind::CheckpointStart) {
            const std::size_t around = m_enclosing[cp];
            QString where = tr("a checkpoint of the loop (phase %1)")
                                .arg(valueText(Kind::LoopPhase, int(before.phase)));
            if (around < m_data.events.size()) {
                const Event &a = m_data.events[around];
                if (a.kind == Kind::ScriptEvalStart)
                    where = tr("the checkpoint at the end of the script's top level");
                else if (a.kind == Kind::ForeignCallInvoked
                         || (a.kind == Kind::CallbackStart && a.value == int(CallbackKind::ThreadSafe)))
                    where = tr("the checkpoint after a thread-safe callback, before its native thread is released");
                else if (a.kind == Kind::TimerFired)
                    where = tr("the checkpoint between two timer callbacks");
            }
            lines << tr("Why now: microtasks run only at checkpoints; this one ran in %1.").arg(where);
        }
        break;
    }
    case Kind::CallbackStart:
        if (e.value == int(CallbackKind::ThreadSafe)) {
            // Did this very call wake a parked loop, or was the loop busy when it came?
            bool woke = false;
            const std::size_t queued = e.flow ? indexOfSeq(e.flow) : m_data.events.size();
            for (std::size_t i = queued; i < index && i < m_data.events.size(); ++i) {
                const Event &w = m_data.events[i];
                if (w.kind == Kind::Wake && w.flow == e.flow)
                    woke = true;
            }
            lines << tr("Why now: a call from another thread waits in the inbox until the loop reaches "
                                    "phase 2a (foreign calls); the loop %1.")
                         .arg(woke ? tr("was parked and the call woke it")
                                   : tr("was busy and got to it at its next iteration"));
        }
        else if (e.value == int(CallbackKind::Sync))
            lines << tr("Why now: native code called it on the engine thread, inside a JavaScript "
                                    "call into native code: it runs at once, with no microtask checkpoint after it.");
        else
            lines << tr("Why now: it was called on the engine thread outside any JavaScript call (an "
                                    "interrupt, e.g. a signal handler); its microtasks wait for the next wake.");
        break;
    case Kind::ForeignCallReleased:
        lines << tr("Why now: the native thread gets its result only after the callback returned AND "
                                "the microtask checkpoint after it ran.");
        break;
    case Kind::TimerFired:
        lines << tr("Why now: timers run in phase 2b once due; the loop checks them after the "
                                "foreign-call inbox.");
        break;
    case Kind::NonblockingResolve:
        lines << tr("Why now: a finished nonblocking call becomes visible at the loop's next yield "
                                "and its promise is resolved in phase 2b'; its .then runs at the next checkpoint.");
        break;
    case Kind::Wake:
        lines << tr("Why now: %1.").arg(valueText(Kind::Wake, e.value));
        if (before.spinning)
            lines << tr("The loop was not parked: it had been spinning, re-polling at once because a "
                        "ref'ed callback kept it alive (deno-1.26), at 100 % CPU.");
        break;
    case Kind::Idle:
        if (e.value == kIdleSpin) {
            QStringList refs;
            for (const auto &[id, count] : before.refcounts) {
                if (count > 0)
                    refs << callbackName(id);
            }
            lines << tr("Why: with nothing to do the loop would park, but in this version a ref'ed "
                        "callback (%1) makes it re-poll at once: the engine thread spins at 100 % CPU "
                        "until work arrives (deno-1.26).")
                         .arg(refs.isEmpty() ? tr("none is ref'ed now") : refs.join(QStringLiteral(", ")));
        }
        break;
    case Kind::Diagnostic:
        if (e.value == int(DiagnosticKind::Hang)) {
            const std::size_t queued = e.flow ? indexOfSeq(e.flow) : m_data.events.size();
            if (queued < m_data.events.size()) {
                const Event &q = m_data.events[queued];
                const QString waiting = q.thread < m_data.threads.size() ? m_data.threads[q.thread].name
                                                                         : tr("thread %1").arg(q.thread);
                lines << tr("Why: %1 called %2 %3 earlier (foreign call #%4), but in this version the "
                            "call cannot wake the loop (deno-1.30): the thread waits until something "
                            "else wakes the loop, or for ever.")
                             .arg(waiting, callbackName(e.id), ms(e.t - q.t))
                             .arg(e.id2);
            } else {
                lines << tr("Why: a native thread's call of %1 cannot wake the loop in this version "
                            "(deno-1.30): it waits until something else wakes the loop, or for ever.")
                             .arg(callbackName(e.id));
            }
        }
        break;
    default:
        break;
    }
    for (std::size_t c : causes(index)) {
        const std::int64_t dt = e.t - m_data.events[c].t;
        lines << tr("  because %1 earlier: %2").arg(ms(dt), describe(c));
    }
    return lines;
}

} // namespace loopscope::trace
