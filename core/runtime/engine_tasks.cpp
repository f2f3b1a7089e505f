// The work the loop runs: microtask checkpoints, ticks, timers, immediates, and Deno.exit.
#include "runtime/engine.h"

#include "runtime/v8util.h"

#include <cmath>
#include <utility>

namespace loopscope {

using v8util::ignore;
using v8util::qstr;
using v8util::str;

// ---------------------------------------------------------------------------------------------
// Microtasks, ticks and rejections

void Engine::checkpoint()
{
    if (fatal())
        return;
    // V8 ignores a checkpoint requested while microtasks run; so do we for our bookkeeping.
    if (m_checkpointDepth++ == 0)
        m_checkpointDispatch = m_dispatchCount;
    // Recorded only when it has work: the loop runs several empty checkpoints per iteration.
    const std::uint64_t jobsBefore = m_jobsRun;
    const bool recorded = m_rec && m_jobsEnqueued != m_jobsRun;
    if (recorded)
        record(trace::Kind::CheckpointStart, {.value = std::int64_t(m_jobsEnqueued - m_jobsRun)});
    m_isolate->PerformMicrotaskCheckpoint();
    if (recorded || m_jobsRun != jobsBefore)
        record(trace::Kind::CheckpointEnd, {.value = std::int64_t(m_jobsRun - jobsBefore)});
    if (--m_checkpointDepth == 0)
        afterJs();
}

void Engine::queueMicrotask(v8::Local<v8::Function> fn)
{
    if (m_rec) {
        // Recorded: a C++ microtask (no function to allocate) notes the job's start and end
        // around the call.
        TracedJob *job = acquireJob();
        job->fn.Reset(m_isolate, fn);
        job->id = ++m_nextJobId;
        ++m_jobsEnqueued;
        job->flow = record(trace::Kind::MicrotaskEnqueued,
                           {.id = job->id, .value = int(trace::MicrotaskSource::QueueMicrotask),
                            .flow = trace::Recorder::kNewFlow});
        m_isolate->EnqueueMicrotask(&Engine::runTracedMicrotask, job);
        return;
    }
    // The function goes onto V8's queue as it is, as Deno's op_queue_microtask does.
    m_isolate->EnqueueMicrotask(fn);
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
    // Rust timers drained the ticks after every timer already (fire()).
    if (m_profile->rustTimers)
        return true;
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
}

void Engine::released(std::uint64_t id)
{
    m_timerPayloads.erase(id);
    m_timerNesting.erase(id);
}

Engine::JsCall Engine::makeCall(v8::Local<v8::Function> fn, v8::Local<v8::Value> receiver,
                                v8::Local<v8::Value> args)
{
    JsCall call;
    call.fn.Reset(m_isolate, fn);
    if (!receiver.IsEmpty())
        call.receiver.Reset(m_isolate, receiver);
    if (!args.IsEmpty() && args->IsArray()) {
        v8::Local<v8::Context> ctx = context();
        auto array = args.As<v8::Array>();
        call.args.reserve(array->Length());
        for (uint32_t i = 0; i < array->Length(); ++i)
            call.args.emplace_back(m_isolate, array->Get(ctx, i).ToLocalChecked());
    }
    return call;
}

bool Engine::invoke(const JsCall &call)
{
    if (fatal())
        return false;
    v8::HandleScope handleScope(m_isolate);
    std::vector<v8::Local<v8::Value>> args;
    args.reserve(call.args.size());
    for (const auto &a : call.args)
        args.push_back(a.Get(m_isolate));
    v8::Local<v8::Value> receiver = call.receiver.IsEmpty()
        ? v8::Local<v8::Value>(v8::Undefined(m_isolate))
        : call.receiver.Get(m_isolate);
    // `call` is not touched after this point: the callback may clear its own timer, which
    // destroys it.
    const quint64 before = m_dispatchCount;
    v8::TryCatch tryCatch(m_isolate);
    v8::Local<v8::Value> ignored;
    if (!call.fn.Get(m_isolate)->Call(context(), receiver, int(args.size()), args.data()).ToLocal(&ignored)) {
        if (tryCatch.HasCaught() && !tryCatch.HasTerminated())
            reportUncaught(tryCatch.Exception(), false);
        return false;
    }
    return !fatal() && m_dispatchCount == before;
}

bool Engine::fire(Timer &timer)
{
    auto it = m_timerPayloads.find(timer.id);
    if (it == m_timerPayloads.end())
        return !fatal();
    const bool oneShot = !timer.interval;
    const quint64 before = m_dispatchCount;
    if (m_rec) {
        auto flow = m_timerFlows.find(timer.id);
        record(trace::Kind::TimerFired, {.id = std::uint32_t(timer.id),
                                         .flow = flow == m_timerFlows.end() ? 0 : flow->second});
        if (oneShot)
            m_timerFlows.erase(timer.id);
    }
    // Web timers: timers created by this callback nest one level deeper (the map may grow
    // while the callback runs: no iterator is kept across it).
    const auto nesting = m_timerNesting.find(timer.id);
    const int level = nesting == m_timerNesting.end() ? 0 : nesting->second;
    const int outerNesting = std::exchange(m_currentNesting, level);
    invoke(it->second);
    m_currentNesting = outerNesting;
    // Deno's Rust WebTimers: a checkpoint and the ticks after every timer, the last one too.
    if (m_profile->rustTimers && !fatal() && m_dispatchCount == before) {
        checkpoint();
        if (!m_ticks.empty() && !drainTicks())
            return false;
    }
    if (oneShot && level)
        m_timerNesting.erase(timer.id);
    // An exception a listener prevented lets the next timer run, as Deno's listOnTimeout does.
    if (fatal() || m_dispatchCount != before)
        return false;
    // Node's invokeCallback marks a one-shot Timeout destroyed once its callback returned
    // (unless the callback re-armed it with refresh()). The payload may be gone by now.
    if (oneShot && !timer.list) {
        auto again = m_timerPayloads.find(timer.id);
        if (again != m_timerPayloads.end() && !again->second.receiver.IsEmpty()) {
            v8::HandleScope handleScope(m_isolate);
            v8::Local<v8::Value> self = again->second.receiver.Get(m_isolate);
            if (self->IsObject())
                ignore(self.As<v8::Object>()->Set(context(), str(m_isolate, "_destroyed"), v8::True(m_isolate)));
        }
    }
    return true;
}

// Phase 2b: run the due timers and re-arm the loop's timer from what processTimers returns.
bool Engine::dispatchTimers()
{
    // Before 2.9 the first turn's poll of the user timer only registered the loop's waker.
    if (m_profile->timersSkipFirstTurn && !std::exchange(m_timerPolled, true))
        return false;
    if (m_timerDeadline < 0 || now() < m_timerDeadline)
        return false;
    record(trace::Kind::LoopPhase, {.value = int(trace::Phase::Timers)});
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
    } else {
        m_timerDeadline = -1;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Ticks, immediates, exit

void Engine::queueTick(v8::Local<v8::Function> fn, v8::Local<v8::Array> args)
{
    auto call = std::make_shared<JsCall>(makeCall(fn, v8::Local<v8::Value>(), args));
    const std::uint32_t job = m_rec ? ++m_nextJobId : 0;
    const std::uint64_t flow = record(trace::Kind::MicrotaskEnqueued,
                                      {.id = job, .value = int(trace::MicrotaskSource::NextTick),
                                       .flow = trace::Recorder::kNewFlow});
    m_ticks.push([this, call, job, flow] {
        // An exception a listener prevented lets the next tick run (processTicksAndRejections).
        const quint64 before = m_dispatchCount;
        record(trace::Kind::MicrotaskRunStart, {.id = job, .flow = flow});
        invoke(*call);
        record(trace::Kind::MicrotaskRunEnd, {.id = job, .flow = flow});
        return !fatal() && m_dispatchCount == before;
    });
}

double Engine::setImmediate(v8::Local<v8::Function> fn, v8::Local<v8::Array> args, v8::Local<v8::Object> handle)
{
    auto imm = std::make_shared<Immediate>();
    imm->id = m_nextImmediateId++;
    imm->call = makeCall(fn, handle, args);
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

// Node's runImmediates as Deno runs it: the queue as it stands now (or, first, what an earlier
// batch left over), ticks drained between two immediates; immediates queued meanwhile wait for
// the next iteration. An immediate that throws ends the batch: the rest is left over (Deno's
// outstanding queue) for the next iteration, which starts at once. Returns false when an
// exception was dispatched (the run ends).
bool Engine::runImmediates()
{
    std::deque<std::shared_ptr<Immediate>> queue;
    queue.swap(m_outstandingImmediates.empty() ? m_immediates : m_outstandingImmediates);
    const quint64 before = m_dispatchCount;
    bool ranAtLeastOne = false;
    while (!queue.empty()) {
        std::shared_ptr<Immediate> imm = std::move(queue.front());
        queue.pop_front();
        if (ranAtLeastOne) {
            if (!runNextTicks()) {
                m_outstandingImmediates = std::move(queue);
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
        const bool completed = invoke(imm->call);
        afterJs();
        if (!completed) {
            m_outstandingImmediates = std::move(queue);
            return !fatal() && m_dispatchCount == before;
        }
    }
    return true;
}

void Engine::requestExit()
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
    m_result.exitCode = m_exitCode;
    m_result.message.clear();
    // Nothing after Deno.exit() runs: not the rest of the caller, not queued work.
    m_isolate->TerminateExecution();
}


} // namespace loopscope
