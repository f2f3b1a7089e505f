#include "trace/recorder.h"

#include <QtCore/QString>

#include <algorithm>

#include <sys/syscall.h>
#include <unistd.h>

namespace loopscope::trace {

namespace detail {

// The chunks of one recorder. Producers take a chunk every kChunkEvents events and the consumer
// returns drained ones, so the lock is taken rarely and held for a pointer push or pop.
class ChunkPool
{
public:
    explicit ChunkPool(std::size_t maxChunks) : m_max(std::max<std::size_t>(maxChunks, 1)) {}

    // nullptr when the limit is reached, unless `force` (a thread's first chunk: the limit
    // bounds what waits for the consumer, not the number of threads).
    Chunk *acquire(bool force, bool *pressure)
    {
        // Lets a thread that keeps overflowing skip the lock until the consumer frees a chunk.
        if (!force && m_exhausted.load(std::memory_order_acquire))
            return nullptr;
        std::lock_guard lock(m_mutex);
        Chunk *chunk = nullptr;
        if (!m_free.empty()) {
            chunk = m_free.back();
            m_free.pop_back();
        } else if (m_all.size() < m_max || force) {
            m_all.push_back(std::make_unique<Chunk>());
            chunk = m_all.back().get();
        } else {
            m_exhausted.store(true, std::memory_order_release);
            return nullptr;
        }
        ++m_inUse;
        *pressure = m_inUse * 2 > m_max;
        chunk->count.store(0, std::memory_order_relaxed);
        chunk->next.store(nullptr, std::memory_order_relaxed);
        return chunk;
    }

    void release(Chunk *chunk)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(chunk);
        --m_inUse;
        m_exhausted.store(false, std::memory_order_release);
    }

private:
    const std::size_t m_max;
    std::mutex m_mutex; // protects m_all, m_free and m_inUse
    std::vector<std::unique_ptr<Chunk>> m_all;
    std::vector<Chunk *> m_free;
    std::size_t m_inUse = 0;
    std::atomic<bool> m_exhausted{false};
};

namespace {

// Marks the calling thread's buffers as exited when the thread ends, so that the consumer can
// drain them one last time and free their chunks. Touched only when a thread attaches to a
// recorder, never on the hot path.
struct ExitHook {
    std::vector<std::shared_ptr<ThreadBuffer>> buffers;

    void add(std::shared_ptr<ThreadBuffer> buffer)
    {
        // A pool thread serves run after run: forget the buffers of recorders that are gone.
        std::erase_if(buffers, [](const auto &b) { return b->orphaned.load(std::memory_order_acquire); });
        buffers.push_back(std::move(buffer));
    }

    ~ExitHook()
    {
        for (const auto &b : buffers)
            b->exited.store(true, std::memory_order_release);
        // A call to record() after this point (from a later thread-local destructor) attaches
        // afresh instead of writing to a buffer the consumer may have freed.
        t_cache = {};
    }
};

thread_local ExitHook t_exitHook;

std::atomic<std::uint64_t> g_nextRecorderUid{1};

} // namespace

} // namespace detail

using detail::Chunk;
using detail::ThreadBuffer;
using detail::kChunkEvents;

Recorder::Recorder()
    : Recorder(Options())
{
}

Recorder::Recorder(Options options)
    : m_uid(detail::g_nextRecorderUid.fetch_add(1, std::memory_order_relaxed))
    , m_pool(std::make_unique<detail::ChunkPool>((options.maxBufferedEvents + kChunkEvents - 1) / kChunkEvents))
{
}

Recorder::~Recorder()
{
    std::lock_guard lock(m_threadsMutex);
    for (const auto &b : m_buffers)
        b->orphaned.store(true, std::memory_order_release);
    // This thread's cache may name this recorder; a new one never reuses the uid.
    if (detail::t_cache.recorder == m_uid)
        detail::t_cache = {};
}

ThreadBuffer *Recorder::attach(ThreadKind kind, const QString *name)
{
    std::lock_guard lock(m_threadsMutex);
    const auto tid = std::this_thread::get_id();
    ThreadBuffer *buffer = nullptr;
    const auto it = m_byThread.find(tid);
    if (it != m_byThread.end() && !it->second->exited.load(std::memory_order_acquire)) {
        buffer = it->second;
    } else {
        auto created = std::make_shared<ThreadBuffer>();
        created->index = std::uint16_t(m_threads.size());
        bool pressure = false;
        created->chunk = m_pool->acquire(true, &pressure);
        created->readChunk = created->chunk;
        // "thread N" counts the threads views show: loopscope's own sampler threads do not move
        // the names of the script's threads (which are the same with and without CPU sampling).
        const auto shown = std::count_if(m_threads.begin(), m_threads.end(),
                                         [](const ThreadInfo &t) { return isShownThread(t.kind); });
        m_threads.push_back({created->index, kind,
                             name ? *name : QStringLiteral("thread %1").arg(shown),
                             std::int64_t(::syscall(SYS_gettid))});
        ++m_threadsVersion;
        buffer = created.get();
        m_byThread[tid] = buffer;
        detail::t_exitHook.add(created);
        m_buffers.push_back(std::move(created));
    }
    detail::t_cache = {m_uid, buffer};
    return buffer;
}

bool Recorder::nextChunk(ThreadBuffer *b)
{
    bool pressure = false;
    Chunk *chunk = m_pool->acquire(false, &pressure);
    if (!chunk) {
        // Only this thread writes its count; the consumer reads it.
        b->lost.store(b->lost.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
        return false;
    }
    // Release: the consumer that follows `next` must see the chunk's reset count.
    b->chunk->next.store(chunk, std::memory_order_release);
    b->chunk = chunk;
    b->pos = 0;
    if (pressure)
        wakeConsumer();
    return true;
}

void Recorder::wakeConsumer()
{
    if (m_wakeupSent.exchange(true, std::memory_order_acq_rel))
        return;
    std::lock_guard lock(m_wakeupMutex);
    if (m_wakeup)
        m_wakeup();
}

void Recorder::setConsumerWakeup(std::function<void()> wakeup)
{
    std::lock_guard lock(m_wakeupMutex);
    m_wakeup = std::move(wakeup);
}

std::uint16_t Recorder::registerThread(ThreadKind kind, const QString &name)
{
    // A thread new to this recorder is made with its kind and name in one step.
    ThreadBuffer *b = detail::t_cache.recorder == m_uid ? detail::t_cache.buffer : attach(kind, &name);
    std::lock_guard lock(m_threadsMutex);
    ThreadInfo &info = m_threads[b->index];
    if (info.kind != kind || info.name != name) {
        info.kind = kind;
        info.name = name;
        ++m_threadsVersion;
    }
    return b->index;
}

std::uint16_t Recorder::currentThreadIndex()
{
    return (detail::t_cache.recorder == m_uid ? detail::t_cache.buffer : attach())->index;
}

void Recorder::defineCallback(const CallbackInfo &info)
{
    std::lock_guard lock(m_callbacksMutex);
    m_callbacks.push_back(info);
}

std::vector<ThreadInfo> Recorder::threads() const
{
    std::lock_guard lock(m_threadsMutex);
    return m_threads;
}

std::uint64_t Recorder::threadsVersion() const
{
    std::lock_guard lock(m_threadsMutex);
    return m_threadsVersion;
}

std::size_t Recorder::callbacksSince(std::size_t from, std::vector<CallbackInfo> &out) const
{
    std::lock_guard lock(m_callbacksMutex);
    for (std::size_t i = from; i < m_callbacks.size(); ++i)
        out.push_back(m_callbacks[i]);
    return m_callbacks.size();
}

std::uint64_t Recorder::lostCount() const
{
    std::lock_guard lock(m_threadsMutex);
    std::uint64_t lost = m_lostRetired;
    for (const auto &b : m_buffers)
        lost += b->lost.load(std::memory_order_relaxed);
    return lost;
}

void Recorder::drainBuffer(ThreadBuffer &b, std::uint64_t limit, std::vector<Event> &out)
{
    for (;;) {
        Chunk *chunk = b.readChunk;
        std::uint32_t count = chunk->count.load(std::memory_order_acquire);
        if (count > b.readPos && chunk->events[count - 1].seq > limit) {
            // Stop at the limit: a consumer that chased a busy producer chunk after chunk would
            // never return.
            Event *end = std::upper_bound(chunk->events + b.readPos, chunk->events + count, limit,
                                          [](std::uint64_t seq, const Event &e) { return seq < e.seq; });
            count = std::uint32_t(end - chunk->events);
            out.insert(out.end(), chunk->events + b.readPos, end);
            b.readPos = count;
            return;
        }
        out.insert(out.end(), chunk->events + b.readPos, chunk->events + count);
        b.readPos = count;
        if (count < kChunkEvents)
            return;
        Chunk *next = chunk->next.load(std::memory_order_acquire);
        if (!next)
            return; // the producer has not needed another chunk yet, and may still own this one
        m_pool->release(chunk);
        b.readChunk = next;
        b.readPos = 0;
    }
}

// Merges the per-thread runs, each sorted by seq already, pairwise.
void Recorder::sortBySeq(std::vector<Event> &out, std::vector<std::size_t> runs)
{
    while (runs.size() > 2) {
        std::vector<std::size_t> merged{runs.front()};
        for (std::size_t r = 0; r + 2 < runs.size(); r += 2) {
            std::inplace_merge(out.begin() + std::ptrdiff_t(runs[r]), out.begin() + std::ptrdiff_t(runs[r + 1]),
                               out.begin() + std::ptrdiff_t(runs[r + 2]),
                               [](const Event &a, const Event &b) { return a.seq < b.seq; });
            merged.push_back(runs[r + 2]);
        }
        if (runs.size() % 2 == 0)
            merged.push_back(runs.back());
        runs = std::move(merged);
    }
}

std::size_t Recorder::drain(std::vector<Event> &out)
{
    std::lock_guard drainLock(m_drainMutex);
    // Let the next producer that crosses the threshold wake us again.
    m_wakeupSent.store(false, std::memory_order_release);

    std::vector<std::shared_ptr<ThreadBuffer>> buffers;
    {
        std::lock_guard lock(m_threadsMutex);
        buffers = m_buffers;
    }

    // Events up to this seq that are published by now make this batch; later ones wait for the
    // next. Relaxed: the chunks' counts publish the events, this only bounds the batch.
    const std::uint64_t limit = m_seq.load(std::memory_order_relaxed);
    const std::size_t start = out.size();
    std::vector<std::size_t> runs{start}; // each buffer's events are sorted by seq already
    std::vector<ThreadBuffer *> finished;
    std::vector<std::pair<std::uint16_t, std::uint64_t>> losses;
    for (const auto &b : buffers) {
        // Read before draining: everything the thread published before it exited is in.
        const bool exited = b->exited.load(std::memory_order_acquire);
        // An ended thread adds nothing more: take all, past the limit too, before freeing it.
        drainBuffer(*b, exited ? ~std::uint64_t(0) : limit, out);
        if (out.size() != runs.back())
            runs.push_back(out.size());
        const std::uint64_t lost = b->lost.load(std::memory_order_relaxed);
        if (lost != b->lostReported) {
            losses.emplace_back(b->index, lost - b->lostReported);
            b->lostReported = lost;
        }
        if (exited)
            finished.push_back(b.get());
    }

    // Events were read before this point is taken, so their ticks lie before it and convert by
    // interpolation. A thread's times are kept non-decreasing against the jitter of conversion.
    m_converter.anchor();
    {
        std::size_t bufferIndex = 0;
        for (std::size_t r = 0; r + 1 < runs.size(); ++r) {
            const std::uint16_t thread = out[runs[r]].thread;
            while (buffers[bufferIndex]->index != thread)
                ++bufferIndex;
            ThreadBuffer &b = *buffers[bufferIndex];
            for (std::size_t i = runs[r]; i < runs[r + 1]; ++i) {
                const std::int64_t ns = std::max(m_converter.toNs(out[i].t), b.lastNs);
                out[i].t = ns;
                b.lastNs = ns;
            }
        }
    }

    if (runs.size() > 2)
        sortBySeq(out, std::move(runs));

    // Losses are reported where the consumer noticed them, with a seq of their own.
    const std::int64_t now = m_converter.nowNs();
    for (const auto &[thread, count] : losses) {
        Event e;
        e.t = now;
        e.seq = m_seq.fetch_add(1, std::memory_order_relaxed) + 1;
        e.kind = Kind::EventsLost;
        e.thread = thread;
        e.value = std::int64_t(count);
        out.push_back(e);
    }

    if (!finished.empty()) {
        std::lock_guard lock(m_threadsMutex);
        for (ThreadBuffer *b : finished) {
            // Its thread has ended: every chunk but the last was released while draining.
            m_pool->release(b->readChunk);
            m_lostRetired += b->lost.load(std::memory_order_relaxed);
            std::erase_if(m_byThread, [b](const auto &entry) { return entry.second == b; });
            std::erase_if(m_buffers, [b](const auto &p) { return p.get() == b; });
        }
    }
    return out.size() - start;
}

} // namespace loopscope::trace
