#include "trace/recorder.h"
#include "trace/background.h"

#include <QtCore/QString>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <limits>
#include <new>

#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace loopscope::trace {

namespace detail {

namespace {

constexpr std::size_t kSlabBytes = std::size_t(2) << 20; // one transparent huge page
constexpr std::size_t kChunksPerSlab = kSlabBytes / sizeof(Chunk);
static_assert(kChunksPerSlab >= 8);

// Makes a slab's pages present, so that a producer writing to it takes no page fault.
void populate(void *slab)
{
#ifdef MADV_POPULATE_WRITE
    if (::madvise(slab, kSlabBytes, MADV_POPULATE_WRITE) == 0)
        return;
#endif
    // Kernels before 5.14: one write per page.
    for (std::size_t offset = 0; offset < kSlabBytes; offset += 4096)
        static_cast<volatile char *>(slab)[offset] = 0;
}

} // namespace

// The chunks of one recorder. Producers take a chunk every kChunkEvents events and the consumer
// returns drained ones, so the lock is taken rarely and held for a pointer push or pop.
//
// The chunks lie in one region of address space, reserved at construction for the whole limit
// (no memory until used) and aligned for transparent huge pages. It grows a 2 MiB slab at a
// time by making the slab's pages present (0.1 to 1 ms; slower where a virtual machine's host
// backs memory lazily): no mapping changes while a run records, so no lock on the address
// space and no TLB shootdown that would stop the engine thread. The growing is done by a
// thread of the pool's own, started the first time the free chunks run low, so that a producer
// that records fast does not stall on it: it keeps two slabs' worth of chunks free, up to the
// limit. A producer grows the pool itself only when that thread falls behind.
class ChunkPool
{
public:
    ChunkPool(std::size_t maxChunks, std::size_t preparedChunks)
        : m_max(std::max<std::size_t>(maxChunks, 1))
        , m_slabs((m_max + kChunksPerSlab - 1) / kChunksPerSlab + 1) // one more for threads past the limit
    {
        // One slab more, to align.
        const std::size_t length = (m_slabs + 1) * kSlabBytes;
        void *mapped = ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (mapped != MAP_FAILED) {
            m_mapped = mapped;
            m_mappedLength = length;
            m_base = reinterpret_cast<char *>((reinterpret_cast<std::uintptr_t>(mapped) + kSlabBytes - 1) & ~(kSlabBytes - 1));
            ::madvise(m_base, m_slabs * kSlabBytes, MADV_HUGEPAGE); // a hint: without, 4 KiB pages
        } else {
            m_slabs = 0; // every chunk from the heap
        }
        std::unique_lock lock(m_mutex);
        while (m_free.size() < std::min(preparedChunks, m_max) && grow(lock)) {
        }
    }
    ~ChunkPool()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopFiller = true;
        }
        m_fillerWake.notify_one();
        if (m_filler.joinable())
            m_filler.join();
        if (m_mapped)
            ::munmap(m_mapped, m_mappedLength);
    }
    ChunkPool(const ChunkPool &) = delete;
    ChunkPool &operator=(const ChunkPool &) = delete;

    // nullptr when the limit is reached, unless `force` (a thread's first chunk: the limit
    // bounds what waits for the consumer, not the number of threads).
    Chunk *acquire(bool force, bool *pressure)
    {
        // Lets a thread that keeps overflowing skip the lock until the consumer frees a chunk.
        if (!force && m_exhausted.load(std::memory_order_acquire))
            return nullptr;
        std::unique_lock lock(m_mutex);
        if (!force && m_inUse >= m_max) {
            m_exhausted.store(true, std::memory_order_release);
            return nullptr;
        }
        // The filler is behind, or there is none yet: grow here. Past the region, a thread's
        // first chunk comes from the heap.
        if (m_free.empty() && !grow(lock) && m_free.empty()) {
            if (!force)
                return nullptr;
            m_heap.push_back(std::make_unique<Chunk>());
            m_free.push_back(m_heap.back().get());
        }
        Chunk *chunk = m_free.back();
        m_free.pop_back();
        ++m_inUse;
        *pressure = m_inUse * 2 > m_max;
        chunk->count.store(0, std::memory_order_relaxed);
        chunk->next.store(nullptr, std::memory_order_relaxed);
        const bool wakeFiller = !m_fillRequested && needsSlab();
        if (wakeFiller) {
            m_fillRequested = true;
            if (!m_filler.joinable())
                m_filler = std::thread([this] { fill(); });
        }
        lock.unlock();
        if (wakeFiller)
            m_fillerWake.notify_one();
        return chunk;
    }

    // One lock for all: a producer that records faster than the consumer drains would
    // otherwise contend for it chunk by chunk.
    void release(std::vector<Chunk *> &chunks)
    {
        if (chunks.empty())
            return;
        std::lock_guard lock(m_mutex);
        m_free.insert(m_free.end(), chunks.begin(), chunks.end());
        m_inUse -= chunks.size();
        m_exhausted.store(false, std::memory_order_release);
        chunks.clear();
    }

private:
    // Under m_mutex: fewer than two slabs' worth free, and a slab left in the region.
    bool needsSlab() const { return m_free.size() < 2 * kChunksPerSlab && m_grown < m_slabs; }

    // Under m_mutex, which it lets go while the pages are made present: adds the next slab's
    // chunks. False when the region is used up.
    bool grow(std::unique_lock<std::mutex> &lock)
    {
        if (m_grown == m_slabs)
            return false;
        char *slab = m_base + m_grown++ * kSlabBytes;
        lock.unlock();
        populate(slab);
        lock.lock();
        // Handed out last to first: the slab's first chunk goes first.
        for (std::size_t i = kChunksPerSlab; i-- > 0;)
            m_free.push_back(new (slab + i * sizeof(Chunk)) Chunk);
        return true;
    }

    // The filler thread.
    void fill()
    {
        becomeBackgroundThread("ls-trace-chunks");
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_fillerWake.wait(lock, [this] { return m_stopFiller || m_fillRequested; });
            if (m_stopFiller)
                return;
            while (!m_stopFiller && needsSlab())
                grow(lock);
            m_fillRequested = false;
        }
    }

    const std::size_t m_max;
    std::size_t m_slabs; // the region's size
    void *m_mapped = nullptr;
    std::size_t m_mappedLength = 0;
    char *m_base = nullptr; // the region: m_slabs slabs

    std::mutex m_mutex; // protects everything below but m_exhausted
    std::size_t m_grown = 0; // slabs of the region taken (present, or being made present)
    std::vector<std::unique_ptr<Chunk>> m_heap;
    std::vector<Chunk *> m_free;
    std::size_t m_inUse = 0;
    bool m_fillRequested = false;
    bool m_stopFiller = false;
    std::condition_variable m_fillerWake;
    std::thread m_filler;
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
    , m_pool(std::make_unique<detail::ChunkPool>((options.maxBufferedEvents + kChunkEvents - 1) / kChunkEvents,
                                                 (options.preparedEvents + kChunkEvents - 1) / kChunkEvents))
{
}

Recorder::~Recorder()
{
    std::lock_guard lock(m_threadsMutex);
    for (const auto &b : m_buffers)
        b->orphaned.store(true, std::memory_order_release);
    // This thread's cache may name this recorder; a new one never reuses the uid.
    if ((detail::t_cache.recorder & ~detail::kSteadyClockTag) == m_uid)
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
        created->flowBase = std::uint64_t(created->index) << detail::kFlowThreadShift;
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
    detail::t_cache = {g_clockUsesTsc ? m_uid : m_uid | detail::kSteadyClockTag, buffer};
    return buffer;
}

ThreadBuffer *Recorder::currentBuffer(ThreadKind kind, const QString *name)
{
    const detail::TlsCache &cache = detail::t_cache;
    return (cache.recorder & ~detail::kSteadyClockTag) == m_uid ? cache.buffer : attach(kind, name);
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
    ThreadBuffer *b = currentBuffer(kind, &name);
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
    return currentBuffer()->index;
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

// One thread's part of a drain: where it stands in its chunks, and its next event.
struct Recorder::Cursor {
    ThreadBuffer *buffer = nullptr;
    bool exited = false;
    bool done = false;    // nothing more of this thread in this batch
    bool blocked = false; // the next event waits for its cause to be numbered
    std::uint32_t available = 0; // events published in buffer->readChunk, as last read
    const detail::RawEvent *head = nullptr;
    // The merge order: clock ticks, then the thread.
    std::pair<std::int64_t, std::uint16_t> key() const { return {head->ticks, buffer->index}; }
};

// Points the cursor at its thread's next published event, if there is one, releasing the chunks
// it leaves.
bool Recorder::advance(Cursor &c)
{
    ThreadBuffer &b = *c.buffer;
    for (;;) {
        if (b.readPos < c.available) {
            c.head = &b.readChunk->events[b.readPos];
            return true;
        }
        c.available = b.readChunk->count.load(std::memory_order_acquire);
        if (b.readPos < c.available)
            continue;
        if (c.available < kChunkEvents)
            return false;
        Chunk *next = b.readChunk->next.load(std::memory_order_acquire);
        if (!next)
            return false; // the producer has not needed another chunk yet, and may still own this one
        // Back to the pool some at a time: the producers may be waiting for room.
        m_drained.push_back(b.readChunk);
        if (m_drained.size() == 32)
            m_pool->release(m_drained);
        b.readChunk = next;
        b.readPos = 0;
        c.available = 0;
    }
}

// A flow token's thread index and ordinal (the flows that thread had started, with this one);
// ordinal 0 for a token no thread of this recorder can have made.
[[gnu::always_inline]] inline std::pair<std::size_t, std::uint64_t> Recorder::splitToken(std::uint64_t token) const
{
    const std::size_t thread = std::size_t(token >> detail::kFlowThreadShift);
    if (thread >= m_flowSeqs.size())
        return {0, 0};
    return {thread, token & detail::kFlowOrdinalMask};
}

// The seq of the event that started the flow of this token, or 0 while that event has none
// (or for a token no thread of this recorder made).
[[gnu::always_inline]] inline std::uint64_t Recorder::flowSeq(std::uint64_t token) const
{
    const auto [thread, ordinal] = splitToken(token);
    if (!ordinal || ordinal > m_flowSeqs[thread].size())
        return 0;
    return m_flowSeqs[thread][ordinal - 1];
}

// Whether an event with this flow may be numbered now: the flow, if the event continues one,
// was started by an event that has its seq.
[[gnu::always_inline]] inline bool Recorder::causeNumbered(std::uint64_t flow) const
{
    return flow == 0 || (flow & detail::kFlowStartBit) || flowSeq(flow) != 0;
}

// For an event whose cause is not numbered: whether it never will be, the flow being no token
// of this recorder (against the contract of record()).
bool Recorder::causeUnknown(std::uint64_t flow) const
{
    const auto [thread, ordinal] = splitToken(flow);
    if (!ordinal)
        return true;
    // A thread still recording may have started it (an ended thread was drained to its last
    // event). Its start was published before the event that names it was recorded, and that
    // one was read with acquire: the count read here is current.
    std::lock_guard lock(m_threadsMutex);
    for (const auto &b : m_buffers) {
        if (b->index == thread)
            return ordinal > b->flowsStarted.load(std::memory_order_relaxed);
    }
    return true;
}

[[gnu::always_inline]] inline void Recorder::takeEvent(ThreadBuffer &b, const detail::RawEvent &raw, std::vector<Event> &out)
{
    Event &e = out.emplace_back();
    e.seq = ++m_seq;
    // A thread's times are kept non-decreasing against the jitter of conversion.
    e.t = std::max(m_converter.toNs(raw.ticks), b.lastNs);
    b.lastNs = e.t;
    e.value = raw.value;
    e.id = raw.id;
    e.id2 = raw.id2;
    e.str = raw.str;
    e.kind = raw.kind;
    e.thread = b.index;
    if (raw.flow & detail::kFlowStartBit) {
        // The thread's flows are numbered in the order it started them.
        m_flowSeqs[b.index].push_back(e.seq);
        e.flow = e.seq;
    } else if (raw.flow) {
        e.flow = flowSeq(raw.flow); // 0 for a token that was never numbered (causeUnknown)
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
        m_flowSeqs.resize(m_threads.size());
    }
    std::vector<Cursor> cursors(buffers.size());
    for (std::size_t i = 0; i < buffers.size(); ++i) {
        cursors[i].buffer = buffers[i].get();
        // Read before the clock: an ended thread recorded everything before this point.
        cursors[i].exited = buffers[i]->exited.load(std::memory_order_acquire);
    }
    // The batch ends here: a thread's events recorded later wait for the next one, so that
    // this batch does not run ahead of a thread read before them. Every event of the batch lies
    // before the reference point taken next, and converts by interpolation.
    const std::int64_t limit = clockTicks();
    m_converter.anchor();

    const auto inBatch = [limit](const Cursor &c) { return c.exited || c.head->ticks <= limit; };
    // Settles the cursor's state for its current head: done, blocked, or ready.
    const auto settle = [&](Cursor &c) {
        if (!advance(c) || !inBatch(c))
            c.done = true;
        else
            c.blocked = !causeNumbered(c.head->flow);
    };
    for (Cursor &c : cursors)
        settle(c);

    // Merges the threads in clock order, a run of one thread at a time up to the next event
    // of another.
    const std::size_t start = out.size();
    for (;;) {
        Cursor *best = nullptr;
        bool anyBlocked = false;
        for (Cursor &c : cursors) {
            if (c.done)
                continue;
            anyBlocked = anyBlocked || c.blocked;
            if (!c.blocked && (!best || c.key() < best->key()))
                best = &c;
        }
        if (!best) {
            // What is left waits for causes that come in a later batch, unless a cause will
            // never come: that event goes without its flow.
            bool unblocked = false;
            for (Cursor &c : cursors) {
                if (!c.done && c.blocked && causeUnknown(c.head->flow)) {
                    c.blocked = false;
                    unblocked = true;
                }
            }
            if (!unblocked)
                break;
            continue;
        }
        std::pair<std::int64_t, std::uint16_t> bound{std::numeric_limits<std::int64_t>::max(), 0};
        for (const Cursor &c : cursors) {
            if (!c.done && &c != best)
                bound = std::min(bound, c.key());
        }
        // The run, straight from the thread's chunks: the head is ready; the events after it go
        // while they come before the bound and in the batch, and their causes are numbered.
        // After an event that starts a flow, a waiting thread may be ready.
        ThreadBuffer &b = *best->buffer;
        const std::int64_t beforeBound = b.index < bound.second ? bound.first : bound.first - 1;
        const std::int64_t stopAfter = best->exited ? beforeBound : std::min(limit, beforeBound);
        bool first = true;
        for (bool stop = false; !stop;) {
            const detail::RawEvent *events = b.readChunk->events;
            std::uint32_t pos = b.readPos;
            for (; pos < best->available; ++pos) {
                const detail::RawEvent &raw = events[pos];
                if (!first && (raw.ticks > stopAfter || !causeNumbered(raw.flow))) {
                    stop = true;
                    break;
                }
                first = false;
                takeEvent(b, raw, out);
                if ((raw.flow & detail::kFlowStartBit) && anyBlocked) {
                    ++pos;
                    stop = true;
                    break;
                }
            }
            b.readPos = pos;
            stop = stop || !advance(*best);
        }
        settle(*best);
        if (anyBlocked) {
            for (Cursor &c : cursors) {
                if (!c.done && c.blocked)
                    c.blocked = !causeNumbered(c.head->flow);
            }
        }
    }

    std::vector<ThreadBuffer *> finished;
    std::vector<std::pair<std::uint16_t, std::uint64_t>> losses;
    for (Cursor &c : cursors) {
        ThreadBuffer &b = *c.buffer;
        const std::uint64_t lost = b.lost.load(std::memory_order_relaxed);
        if (lost != b.lostReported) {
            losses.emplace_back(b.index, lost - b.lostReported);
            b.lostReported = lost;
        }
        // An ended thread is forgotten once its last event is out.
        if (c.exited && !advance(c))
            finished.push_back(&b);
    }

    // Losses are reported where the consumer noticed them, with a seq of their own.
    const std::int64_t now = m_converter.nowNs();
    for (const auto &[thread, count] : losses) {
        Event e;
        e.t = now;
        e.seq = ++m_seq;
        e.kind = Kind::EventsLost;
        e.thread = thread;
        e.value = std::int64_t(count);
        out.push_back(e);
    }

    if (!finished.empty()) {
        std::lock_guard lock(m_threadsMutex);
        for (ThreadBuffer *b : finished) {
            // Its thread has ended: every chunk but the last was released while draining.
            m_drained.push_back(b->readChunk);
            m_lostRetired += b->lost.load(std::memory_order_relaxed);
            std::erase_if(m_byThread, [b](const auto &entry) { return entry.second == b; });
            std::erase_if(m_buffers, [b](const auto &p) { return p.get() == b; });
        }
    }
    m_pool->release(m_drained);
    return out.size() - start;
}

std::uint64_t Recorder::numberedCount()
{
    std::lock_guard drainLock(m_drainMutex);
    return m_seq;
}

std::uint64_t Recorder::recordedCount()
{
    std::lock_guard drainLock(m_drainMutex);
    std::vector<std::shared_ptr<ThreadBuffer>> buffers;
    {
        std::lock_guard lock(m_threadsMutex);
        buffers = m_buffers;
    }
    std::uint64_t buffered = 0;
    for (const auto &b : buffers) {
        std::uint32_t pos = b->readPos;
        for (Chunk *chunk = b->readChunk; chunk; chunk = chunk->next.load(std::memory_order_acquire)) {
            buffered += chunk->count.load(std::memory_order_acquire) - pos;
            pos = 0;
        }
    }
    return m_seq + buffered;
}

} // namespace loopscope::trace
