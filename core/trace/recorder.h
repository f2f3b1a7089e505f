// The hot path of tracing: any thread (the engine thread, native threads, pool threads) appends
// events; one consumer at a time (the file writer, or the GUI when nothing is written) drains
// them in batches.
//
// Each thread writes into its own chain of chunks (single producer, single consumer): no lock,
// no shared counter, no cache line written by two threads, and a chunk is published event by
// event, so the consumer sees a thread's events as soon as they are recorded, also from a chunk
// that is not full. A producer stores what it knows (the clock's ticks, the fields) and nothing
// else: the consumer puts the threads' events in one order and numbers them (Event::seq).
//
// The order is that of the clock (an invariant time-stamp counter, the same on every core, or
// the steady clock), and it never puts an effect before its cause: an event whose flow names an
// event of another thread waits until that one is numbered. The ticks of two threads' events a
// few ns apart may still come in either order; what synchronises two threads (a mutex, a futex
// wake) takes longer than that.
//
// Memory is bounded: past Options::maxBufferedEvents waiting for the consumer, new events are
// dropped and counted, and the next drain reports the count as an EventsLost event of that
// thread. Nothing waits on I/O or on the consumer. Chunks come from a region reserved for the
// whole limit, whose pages are made present 2 MiB at a time (transparent huge pages where the
// kernel gives them), at construction and then ahead of need by a thread of the recorder's own:
// producers rarely take a page fault.
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
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace loopscope::trace {

namespace detail {

inline constexpr std::uint32_t kChunkEvents = 1024;

// Flow tokens, what record() returns for an event that starts a flow: the recording thread's
// index and how many flows it started, so that a producer needs no shared counter. The consumer
// replaces them by the seq of the starting event (Event::flow).
inline constexpr int kFlowThreadShift = 40;
inline constexpr std::uint64_t kFlowOrdinalMask = (std::uint64_t(1) << kFlowThreadShift) - 1;
// Set in a buffered event's flow: this event starts the flow (the rest is its token).
inline constexpr std::uint64_t kFlowStartBit = std::uint64_t(1) << 63;

// An event as its producer stores it. The thread is the buffer's, the seq is given by drain().
// No default member initialisers: a chunk's events are not written before they are recorded.
struct RawEvent {
    std::int64_t ticks;
    std::uint64_t flow; // 0, a token, or a token | kFlowStartBit
    std::int64_t value;
    std::uint32_t id;
    Kind kind;
    std::uint16_t unused; // written (0) with kind: one 4-byte store
    std::uint32_t id2;    // with str, mostly constants: one aligned 8-byte store
    std::uint32_t str;
};
static_assert(sizeof(RawEvent) == 40, "the unit of the hot path: keep it small");
static_assert(std::is_trivially_default_constructible_v<RawEvent>);

struct Chunk {
    std::atomic<std::uint32_t> count{0}; // events published, stored with release
    std::atomic<Chunk *> next{nullptr};  // the producer's following chunk, once this one is full
    alignas(64) RawEvent events[kChunkEvents];
};

struct ThreadBuffer {
    // Producer side: only the owning thread writes these (the consumer reads the atomics).
    Chunk *chunk = nullptr; // its count is where the next event goes
    std::uint16_t index = 0;
    std::uint64_t flowBase = 0;               // index << kFlowThreadShift
    std::atomic<std::uint64_t> flowsStarted{0};
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
// the hot path is one TLS load with no initialisation guard. `recorder` is the recorder's uid,
// with kSteadyClockTag set when the clock is the steady clock: record()'s inline path, which
// reads the time-stamp counter, then never matches and the out-of-line one serves.
// Initial-exec: the thread's block is reached at a fixed offset from the thread pointer, one
// load fewer than the general model on every record() (libloopscope_core is linked into
// executables, never loaded with dlopen).
struct TlsCache {
    std::uint64_t recorder = 0;
    ThreadBuffer *buffer = nullptr;
};
inline constexpr std::uint64_t kSteadyClockTag = std::uint64_t(1) << 63;
[[gnu::tls_model("initial-exec")]] inline thread_local TlsCache t_cache;

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
    // record() returns a token for it to pass as Fields::flow of the events it causes.
    static constexpr std::uint64_t kNewFlow = ~std::uint64_t(0);

    struct Options {
        // Events (40 bytes each) that may wait for the consumer, all threads together, before
        // new ones are dropped and counted. Each thread may go one chunk (1024 events) over.
        std::size_t maxBufferedEvents = std::size_t(1) << 20;
        // Events whose buffer space is made present at construction, off the producers' path.
        std::size_t preparedEvents = std::size_t(1) << 16;
    };

    Recorder();
    explicit Recorder(Options options);
    ~Recorder();
    Recorder(const Recorder &) = delete;
    Recorder &operator=(const Recorder &) = delete;

    // --- producers, any thread ---

    // Appends an event. Returns 0 if it had to be dropped, else: with Fields::flow = kNewFlow,
    // the flow token for the events it causes (on any thread); otherwise a value > 0. Fields::flow
    // is 0 or a token this recorder returned. A thread's first call registers it (as a native
    // thread, unless registerThread() said otherwise).
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

    // Appends the events recorded so far to `out`, numbered (seq) on from the last batch, with
    // times in ns since the run started and flows as seqs. Returns the number appended. An event
    // recorded while drain() runs waits for the next batch, and so does one whose thread was
    // descheduled between reading the clock and publishing it (its time then lies before the
    // last ones of this batch), and one whose cause is not numbered yet. One consumer at a time:
    // concurrent calls are serialised.
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

    // Events recorded (drained, with the EventsLost reports, or still buffered) and events
    // dropped so far.
    std::uint64_t recordedCount();
    // Events drained so far, with the EventsLost reports: the last seq given.
    std::uint64_t numberedCount();
    std::uint64_t lostCount() const;

private:
    friend struct RecorderTestAccess; // tests record with chosen clock ticks

    // Appends to `b` (the calling thread's) with the clock read by `ticksNow`, after the check
    // that may drop the event.
    template<typename Ticks>
    std::uint64_t store(detail::ThreadBuffer *b, Kind kind, const Fields &fields, Ticks ticksNow);
    // The calling thread's buffer, attaching it (with `kind` and `name`) when it has none.
    detail::ThreadBuffer *currentBuffer(ThreadKind kind = ThreadKind::Native, const QString *name = nullptr);
    // The calling thread's buffer, made (with `kind` and `name`, or as a native "thread N")
    // when it has none.
    detail::ThreadBuffer *attach(ThreadKind kind = ThreadKind::Native, const QString *name = nullptr);
    bool nextChunk(detail::ThreadBuffer *buffer);
    void wakeConsumer();
    struct Cursor;
    bool advance(Cursor &cursor);
    std::pair<std::size_t, std::uint64_t> splitToken(std::uint64_t token) const;
    std::uint64_t flowSeq(std::uint64_t token) const;
    bool causeNumbered(std::uint64_t flow) const;
    bool causeUnknown(std::uint64_t flow) const;
    void takeEvent(detail::ThreadBuffer &buffer, const detail::RawEvent &e, std::vector<Event> &out);

    const std::uint64_t m_uid; // tells this recorder from one that later reuses its address
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

    std::mutex m_drainMutex; // serialises consumers; protects what follows and the buffers' consumer side
    TickConverter m_converter;
    std::uint64_t m_seq = 0; // the last seq given
    // Per thread index: the seq of each flow the thread started, in order (token ordinal - 1).
    std::vector<std::vector<std::uint64_t>> m_flowSeqs;
    std::vector<detail::Chunk *> m_drained; // read to the end, going back to the pool
};

inline std::uint64_t Recorder::record(Kind kind, const Fields &fields)
{
    const detail::TlsCache &cache = detail::t_cache;
    if (cache.recorder == m_uid) [[likely]] // this thread's buffer, and the time-stamp counter
        return store(cache.buffer, kind, fields, [] { return tscTicks(); });
    // A thread new to this recorder, or the steady clock. Nothing but the buffer is looked up
    // out of line: were the fields passed to a call, they would be stored on the stack first
    // on the inline path too.
    return store(currentBuffer(), kind, fields, [] { return clockTicks(); });
}

template<typename Ticks>
inline std::uint64_t Recorder::store(detail::ThreadBuffer *b, Kind kind, const Fields &fields, Ticks ticksNow)
{
    detail::Chunk *chunk = b->chunk;
    // Only this thread writes the count: it is the position.
    std::uint32_t pos = chunk->count.load(std::memory_order_relaxed);
    if (pos == detail::kChunkEvents) [[unlikely]] {
        if (!nextChunk(b))
            return 0;
        chunk = b->chunk;
        pos = 0;
    }
    const std::int64_t ticks = ticksNow();
    std::uint64_t flow = fields.flow;
    std::uint64_t result = 1;
    if (flow == kNewFlow) {
        // Only this thread writes the count; the consumer reads it.
        const std::uint64_t ordinal = b->flowsStarted.load(std::memory_order_relaxed) + 1;
        b->flowsStarted.store(ordinal, std::memory_order_relaxed);
        result = b->flowBase | ordinal;
        flow = result | detail::kFlowStartBit;
    }
    detail::RawEvent &e = chunk->events[pos];
    e.ticks = ticks;
    e.flow = flow;
    e.value = fields.value;
    e.id = fields.id;
    e.id2 = fields.id2;
    e.str = fields.str;
    e.kind = kind;
    e.unused = 0;
    // Publishes the event: the consumer reads up to `count` with acquire.
    chunk->count.store(pos + 1, std::memory_order_release);
    return result;
}

} // namespace loopscope::trace
