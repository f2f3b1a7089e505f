// The hot path of tracing: any thread (the engine thread, native threads, pool threads) appends
// events; one consumer at a time (the file writer, or the GUI when nothing is written) drains
// them in batches.
//
// Each thread writes into its own chain of chunks (single producer, single consumer): no lock,
// no contended cache line except the global sequence counter, and a chunk is published event by
// event, so the consumer sees a thread's events as soon as they are recorded, also from a chunk
// that is not full. Memory is bounded: past Options::maxBufferedEvents waiting for the consumer,
// new events are dropped and counted, and the next drain reports the count as an EventsLost
// event of that thread. Nothing waits on I/O or on the consumer.
//
// Time zero of the run (Event::t) is the Recorder's construction: make it when the run starts.
//
// Lifetime: a Recorder must outlive every call to record(). The engine keeps it in a shared_ptr
// that native threads reach through the FFI state, as late as they may call back.
#pragma once

#include "trace/clock.h"
#include "trace/event.h"
#include "trace/stringtable.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace loopscope::trace {

namespace detail {

inline constexpr std::uint32_t kChunkEvents = 1024;

struct Chunk {
    std::atomic<std::uint32_t> count{0}; // events published, stored with release
    std::atomic<Chunk *> next{nullptr};  // the producer's following chunk, once this one is full
    Event events[kChunkEvents];
};

struct ThreadBuffer {
    // Producer side: only the owning thread touches these (and the consumer reads `lost`).
    Chunk *chunk = nullptr;
    std::uint32_t pos = 0;
    std::uint16_t index = 0;
    std::atomic<std::uint64_t> lost{0};
    std::atomic<bool> exited{false};   // set by the thread's exit hook
    std::atomic<bool> orphaned{false}; // the Recorder is gone; the exit hook may forget this

    // Consumer side, under the drain lock; on its own cache line so that draining does not slow
    // down the producer.
    alignas(64) Chunk *readChunk = nullptr;
    std::uint32_t readPos = 0;
    std::uint64_t lostReported = 0;
    std::int64_t lastNs = 0;
};

// Which buffer of which recorder the calling thread writes to. Trivial, so that reading it on
// the hot path is one TLS load with no initialisation guard.
struct TlsCache {
    std::uint64_t recorder = 0;
    ThreadBuffer *buffer = nullptr;
};
inline thread_local TlsCache t_cache;

class ChunkPool;

} // namespace detail

// The fields of an event besides kind, time, sequence and thread. Designated initialisers keep
// call sites readable: record(Kind::TimerFired, {.id = timer, .flow = f}).
struct Fields {
    std::uint32_t id = 0;
    std::uint32_t id2 = 0;
    std::int64_t value = 0;
    std::uint64_t flow = 0;
    std::uint32_t str = 0;
};

class Recorder
{
public:
    // Pass as Fields::flow to start a chain of causes: the event's flow becomes its own seq, and
    // record() returns it for the events it causes.
    static constexpr std::uint64_t kNewFlow = ~std::uint64_t(0);

    struct Options {
        // Events (48 bytes each) that may wait for the consumer, all threads together, before
        // new ones are dropped and counted. Each thread may go one chunk (1024 events) over.
        std::size_t maxBufferedEvents = std::size_t(1) << 20;
    };

    Recorder();
    explicit Recorder(Options options);
    ~Recorder();
    Recorder(const Recorder &) = delete;
    Recorder &operator=(const Recorder &) = delete;

    // --- producers, any thread ---

    // Appends an event and returns its seq (> 0), or 0 if it had to be dropped. A thread's first
    // call registers it (as a native thread, unless registerThread() said otherwise).
    std::uint64_t record(Kind kind, const Fields &fields = {});

    // Registers the calling thread, or renames it. Register the engine thread first: it then
    // gets index 0. Returns the thread's index. A thread that never recorded is added with this
    // kind and name at once (threads() never shows it as a native "thread N" first). A thread
    // that records without registering is a native "thread N", N counting the threads before it
    // but Sampler ones (so that CPU sampling does not rename the script's threads).
    std::uint16_t registerThread(ThreadKind kind, const QString &name);
    // The calling thread's index in threads(), registering it (as a native thread) if it never
    // recorded. What CpuSampler puts in CpuUsage::id for the thread that started it.
    std::uint16_t currentThreadIndex();
    std::uint32_t intern(const QString &text) { return m_strings.intern(text); }
    // Define a callback before recording its CallbackCreated event: the writer then stores the
    // definition in the same transaction as the event, or an earlier one.
    void defineCallback(const CallbackInfo &info);

    // --- consumers ---

    // Appends every event published so far to `out`, with times in ns since the run started,
    // sorted by seq within this batch (an event whose thread was descheduled between taking its
    // seq and publishing it may come in the next batch). Returns the number appended. One
    // consumer at a time: concurrent calls are serialised.
    std::size_t drain(std::vector<Event> &out);
    // Called from a producer thread when more than half of the buffer space is waiting, so that
    // the consumer can drain early. Must be cheap and must not block: notify a condition
    // variable, post a queued call.
    void setConsumerWakeup(std::function<void()> wakeup);

    const StringTable &strings() const { return m_strings; }
    std::vector<ThreadInfo> threads() const;
    // Rises on every change to threads(): a consumer rewrites the list when it moved.
    std::uint64_t threadsVersion() const;
    // Appends the callbacks defined since the first `from` and returns the new count.
    std::size_t callbacksSince(std::size_t from, std::vector<CallbackInfo> &out) const;

    // Events that got a seq (recorded or still buffered) and events dropped so far.
    std::uint64_t recordedCount() const { return m_seq.load(std::memory_order_relaxed); }
    std::uint64_t lostCount() const;

private:
    // The calling thread's buffer, made (with `kind` and `name`, or as a native "thread N")
    // when it has none.
    detail::ThreadBuffer *attach(ThreadKind kind = ThreadKind::Native, const QString *name = nullptr);
    bool nextChunk(detail::ThreadBuffer *buffer);
    void drainBuffer(detail::ThreadBuffer &buffer, std::uint64_t limit, std::vector<Event> &out);
    static void sortBySeq(std::vector<Event> &out, std::vector<std::size_t> runs);
    void wakeConsumer();

    const std::uint64_t m_uid; // tells this recorder from one that later reuses its address
    std::atomic<std::uint64_t> m_seq{0};
    std::unique_ptr<detail::ChunkPool> m_pool;
    StringTable m_strings;

    mutable std::mutex m_threadsMutex; // protects m_buffers, m_byThread, m_threads, m_threadsVersion
    std::vector<std::shared_ptr<detail::ThreadBuffer>> m_buffers; // live, or exited but not drained
    std::unordered_map<std::thread::id, detail::ThreadBuffer *> m_byThread;
    std::vector<ThreadInfo> m_threads;
    std::uint64_t m_threadsVersion = 0;
    std::uint64_t m_lostRetired = 0; // losses of buffers already removed

    mutable std::mutex m_callbacksMutex; // protects m_callbacks
    std::vector<CallbackInfo> m_callbacks;

    std::mutex m_wakeupMutex; // protects m_wakeup
    std::function<void()> m_wakeup;
    std::atomic<bool> m_wakeupSent{false};

    std::mutex m_drainMutex; // serialises consumers; protects m_converter and the buffers' consumer side
    TickConverter m_converter;
};

inline std::uint64_t Recorder::record(Kind kind, const Fields &fields)
{
    detail::TlsCache &cache = detail::t_cache;
    detail::ThreadBuffer *b = cache.recorder == m_uid ? cache.buffer : attach();
    if (b->pos == detail::kChunkEvents && !nextChunk(b)) [[unlikely]]
        return 0;
    const std::int64_t ticks = clockTicks();
    const std::uint64_t seq = m_seq.fetch_add(1, std::memory_order_relaxed) + 1;
    Event &e = b->chunk->events[b->pos];
    e.t = ticks;
    e.seq = seq;
    e.flow = fields.flow == kNewFlow ? seq : fields.flow;
    e.value = fields.value;
    e.id = fields.id;
    e.id2 = fields.id2;
    e.str = fields.str;
    e.kind = kind;
    e.thread = b->index;
    // Publishes the event: the consumer reads up to `count` with acquire.
    b->chunk->count.store(++b->pos, std::memory_order_release);
    return seq;
}

} // namespace loopscope::trace
