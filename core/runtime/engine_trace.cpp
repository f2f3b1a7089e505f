// What the engine records about microtasks (core/trace): promise reaction jobs through V8's
// promise hook, queueMicrotask jobs through a wrapper. Only when the run records; without a
// recorder none of this is installed and the hot paths are untouched.
#include "runtime/engine.h"

#include "runtime/v8util.h"

namespace loopscope {

using v8util::str;

void Engine::setUpTracing()
{
    if (!m_rec)
        return;
    m_jobIdKey.Reset(m_isolate, v8::Private::New(m_isolate, str(m_isolate, "loopscope.jobId")));
}

// The promise hook is needed while the top level awaits (stalled-await report) and, when the run
// records, for the whole run.
void Engine::installPromiseHook(bool trackingAwait)
{
    m_isolate->SetPromiseHook(trackingAwait || m_rec ? &Engine::onPromiseHook : nullptr);
}

// A promise's job id: the id of the reaction job that settles it (a derived promise of then(),
// the throwaway promise of an await). 0 when it has none and `create` is false.
//
// The id lives in the promise's embedder field where V8 has one (libnode's V8 is built with one,
// for Node's async hooks, which do not run here): reading and writing it is a slot access,
// where a private property would give every promise a property and a new shape.
std::uint32_t Engine::promiseJobId(v8::Local<v8::Promise> promise, bool create)
{
    if (m_promiseField < 0) [[unlikely]]
        m_promiseField = promise->InternalFieldCount() > 0 ? 1 : 0;
    if (m_promiseField) {
        v8::Local<v8::Value> value = promise->GetInternalField(0);
        if (value->IsUint32() && value.As<v8::Uint32>()->Value() != 0)
            return value.As<v8::Uint32>()->Value();
        if (!create)
            return 0;
        const std::uint32_t id = ++m_nextJobId;
        promise->SetInternalField(0, v8::Integer::NewFromUnsigned(m_isolate, id));
        return id;
    }
    v8::Local<v8::Context> ctx = context();
    v8::Local<v8::Private> key = m_jobIdKey.Get(m_isolate);
    v8::Local<v8::Value> value;
    if (promise->GetPrivate(ctx, key).ToLocal(&value) && value->IsUint32())
        return value.As<v8::Uint32>()->Value();
    if (!create)
        return 0;
    const std::uint32_t id = ++m_nextJobId;
    v8util::ignore(promise->SetPrivate(ctx, key, v8::Integer::NewFromUnsigned(m_isolate, id)));
    return id;
}

void Engine::tracePromiseHook(v8::PromiseHookType type, v8::Local<v8::Promise> promise, v8::Local<v8::Value> parent)
{
    v8::HandleScope scope(m_isolate);
    auto enqueued = [this](std::uint32_t job, std::uint32_t promiseId) {
        ++m_jobsEnqueued;
        if (m_jobFlows.size() <= job)
            m_jobFlows.resize(std::max<std::size_t>(job + 1, m_jobFlows.size() * 2));
        m_jobFlows[job] = record(trace::Kind::MicrotaskEnqueued,
                                 {.id = job, .id2 = promiseId, .value = int(trace::MicrotaskSource::PromiseReaction),
                                  .flow = trace::Recorder::kNewFlow});
    };
    switch (type) {
    case v8::PromiseHookType::kInit: {
        if (!parent->IsPromise())
            return; // a promise of its own (new Promise, an async function's result)
        // A reaction of `parent` will settle `promise`: its job is queued now if the parent has
        // settled already, or when it does.
        const std::uint32_t job = promiseJobId(promise, true);
        v8::Local<v8::Promise> p = parent.As<v8::Promise>();
        const std::uint32_t parentId = promiseJobId(p, true);
        if (p->State() != v8::Promise::kPending)
            enqueued(job, parentId);
        else
            m_waitingJobs[parentId].push_back(job);
        return;
    }
    case v8::PromiseHookType::kResolve: {
        const std::uint32_t id = promiseJobId(promise, false);
        auto it = m_waitingJobs.find(id);
        if (!id || it == m_waitingJobs.end())
            return;
        for (std::uint32_t job : it->second)
            enqueued(job, id);
        m_waitingJobs.erase(it);
        return;
    }
    case v8::PromiseHookType::kBefore: {
        const std::uint32_t job = promiseJobId(promise, false);
        const std::uint64_t flow = job < m_jobFlows.size() ? m_jobFlows[job] : 0;
        if (flow) // a job we saw queued (a thenable job is not: V8 reports no enqueue for it)
            ++m_jobsRun;
        record(trace::Kind::MicrotaskRunStart, {.id = job, .flow = flow});
        return;
    }
    case v8::PromiseHookType::kAfter: {
        const std::uint32_t job = promiseJobId(promise, false);
        record(trace::Kind::MicrotaskRunEnd, {.id = job, .flow = job < m_jobFlows.size() ? m_jobFlows[job] : 0});
        return;
    }
    }
}

Engine::TracedJob *Engine::acquireJob()
{
    if (!m_freeJobs) {
        // Slabs double up to 4096 jobs each: a few jobs at a time cost little memory, a flood
        // of them few allocations.
        const std::size_t size = m_jobSlabs.empty() ? 64 : std::min<std::size_t>(4096, 64u << m_jobSlabs.size());
        m_jobSlabs.push_back(std::make_unique<TracedJob[]>(size));
        TracedJob *slab = m_jobSlabs.back().get();
        for (std::size_t i = 0; i < size; ++i)
            slab[i].nextFree = i + 1 < size ? &slab[i + 1] : nullptr;
        m_freeJobs = slab;
    }
    TracedJob *job = m_freeJobs;
    m_freeJobs = job->nextFree;
    job->nextFree = nullptr;
    return job;
}

void Engine::releaseJob(TracedJob *job)
{
    job->fn.Reset();
    job->flow = 0;
    job->nextFree = m_freeJobs;
    m_freeJobs = job;
}

// A queueMicrotask job when the run records (a C++ microtask whose data is the TracedJob).
void Engine::runTracedMicrotask(void *data)
{
    auto *job = static_cast<TracedJob *>(data);
    v8::Isolate *isolate = v8::Isolate::GetCurrent();
    Engine *self = from(isolate);
    if (!self)
        return; // the engine is going: its slabs free the job
    struct Release {
        Engine *self;
        TracedJob *job;
        ~Release() { self->releaseJob(job); }
    } release{self, job};
    // After an exception was dispatched (its report terminates the checkpoint), V8 would run no
    // further function microtask: neither do we.
    if (self->fatal() || isolate->IsExecutionTerminating()
        || (self->m_checkpointDepth > 0 && self->m_dispatchCount != self->m_checkpointDispatch))
        return;
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> ctx = self->context();
    ++self->m_jobsRun;
    self->record(trace::Kind::MicrotaskRunStart, {.id = job->id, .flow = job->flow});
    bool ok;
    v8::Local<v8::Value> exception;
    v8::Local<v8::Message> message;
    {
        v8::TryCatch tryCatch(isolate);
        v8::Local<v8::Value> ignored;
        ok = job->fn.Get(isolate)->Call(ctx, v8::Undefined(isolate), 0, nullptr).ToLocal(&ignored);
        if (!ok && tryCatch.HasCaught() && !tryCatch.HasTerminated()) {
            exception = tryCatch.Exception();
            message = tryCatch.Message();
        } else if (tryCatch.HasTerminated()) {
            tryCatch.ReThrow();
        }
    }
    self->record(trace::Kind::MicrotaskRunEnd, {.id = job->id, .value = ok ? 0 : 1, .flow = job->flow});
    // V8 reports what a function microtask throws to the message listeners once the job is
    // over; a C++ microtask has to do it itself, the same way.
    if (!exception.IsEmpty())
        onMessage(message, exception);
}

} // namespace loopscope
