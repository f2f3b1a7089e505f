// What the timeline draws, derived once from a trace: per thread a lane of spans (in sub-rows by
// nesting depth) and markers, and the counter series under the lanes. Built in one pass over the
// events and extended in place when a live run appends more; the view only reads it.
//
// No widgets here: the lanes are flat vectors sorted by time, so the view finds the visible part
// of each with a binary search (Qt Creator's timeline models work the same way).
#pragma once

#include "trace/tracefile.h"

#include <array>
#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

namespace loopscope::ui {

// What a rectangle stands for. The order is the legend's.
enum class SpanKind : std::uint8_t {
    Script,             // top-level evaluation of the main module (a macrotask)
    Timer,              // a timer's callback (a macrotask): TimerFired to the next loop step
    NativeCall,         // a synchronous FFI call (or the native function of a nonblocking call)
    SyncCallback,       // a callback run inside the native call that made it
    ThreadSafeCallback, // a callback a native thread queued, run by the loop (phase 2a)
    InterruptCallback,  // a callback that interrupted the engine thread outside any native call
    Checkpoint,         // a microtask checkpoint: the queue drained
    Microtask,          // one job of a checkpoint
    Blocked,            // a native thread waiting for its thread-safe callback to run
    Nonblocking,        // a nonblocking call in the pool, from its start to its completion
    Idle,               // the loop parked, until its wake
    Spinning,           // the loop re-polling at once instead of parking (Idle kIdleSpin), until its wake
    Count
};

// Instant events. Later kinds are drawn on top of earlier ones.
enum class MarkerKind : std::uint8_t {
    Console,
    TimerScheduled,
    TimerCleared,
    TimerFired,
    Nonblocking, // a nonblocking call handed to the pool, or its promise settled
    Ref,
    Unref,
    Wake,
    RunEnd,
    Diagnostic, // warnings, deadlocks, calls after close, lost events
    Count
};

// Cpu: a sampled thread's CPU use in permille (CpuUsage), each sample from the start of the
// interval it measured.
enum class CounterKind : std::uint8_t { Refcount, Microtasks, Inbox, Nonblocking, Cpu };

inline constexpr std::uint32_t kNoEvent = std::numeric_limits<std::uint32_t>::max();

struct Span {
    static constexpr std::int64_t kOpen = std::numeric_limits<std::int64_t>::max();
    std::int64_t start = 0;           // ns since the run started
    std::int64_t end = kOpen;         // kOpen: still running (drawn up to the trace's end)
    std::uint32_t startEvent = 0;     // the event index that opened it
    std::uint32_t endEvent = kNoEvent;
    SpanKind kind = SpanKind::Script;
    std::uint8_t detail = 0;          // Microtask: its MicrotaskSource

    bool isOpen() const { return end == kOpen; }
};

struct Marker {
    std::int64_t t = 0;
    std::uint32_t event = 0;
};

// One thread (or the whole pool). Spans of one row never overlap, so each row is sorted by start and by end alike.
struct Lane {
    std::uint16_t thread = 0;
    trace::ThreadKind kind = trace::ThreadKind::Native;
    QString name;
    std::vector<std::vector<Span>> rows;
    std::array<std::vector<Marker>, std::size_t(MarkerKind::Count)> markers;
};

struct CounterSeries {
    CounterKind kind = CounterKind::Refcount;
    std::uint32_t id = 0;            // the callback of a refcount series, the thread of a CPU series
    std::vector<std::int64_t> t;     // ns, non-decreasing
    std::vector<std::int64_t> value;
};

// An item of the timeline: a span (row >= 0) or a marker (row = -1).
struct ItemRef {
    int lane = -1;       // display order
    int row = -1;
    MarkerKind marker = MarkerKind::Console;
    std::size_t index = 0; // into the row, or into the lane's markers of that kind

    bool isValid() const { return lane >= 0; }
    bool isSpan() const { return lane >= 0 && row >= 0; }
    bool operator==(const ItemRef &o) const = default;
};

class TimelineModel
{
public:
    void clear();
    void build(const trace::TraceData &data) { clear(); append(data, 0, data.events.size()); }
    // Takes events [first, first + count) of `data` (which holds everything before them too).
    void append(const trace::TraceData &data, std::size_t first, std::size_t count);

    std::int64_t startTime() const { return m_start; }
    std::int64_t endTime() const { return m_end; }
    bool isEmpty() const { return m_events == 0; }

    // Lanes in display order: engine threads, native threads, the pool (by index within each).
    // Sampler threads (loopscope's own) have none.
    int laneCount() const { return int(m_order.size()); }
    const Lane &lane(int i) const { return m_lanes[m_order[std::size_t(i)]]; }
    int laneOfThread(std::uint16_t thread) const;

    const std::vector<CounterSeries> &counters() const { return m_counters; }
    bool hasSpanKind(SpanKind k) const { return m_spanKinds & (1u << unsigned(k)); }
    bool hasMarkerKind(MarkerKind k) const { return m_markerKinds & (1u << unsigned(k)); }

    const Span &span(const ItemRef &ref) const { return lane(ref.lane).rows[std::size_t(ref.row)][ref.index]; }
    const Marker &marker(const ItemRef &ref) const { return lane(ref.lane).markers[std::size_t(ref.marker)][ref.index]; }
    std::uint32_t eventOf(const ItemRef &ref) const { return ref.isSpan() ? span(ref).startEvent : marker(ref).event; }
    // The end used to draw a span: open spans last until the trace's end.
    std::int64_t drawEnd(const Span &s) const { return s.isOpen() ? std::max(m_end, s.start) : s.end; }

    // The item an event stands for: the span it opens, its marker, or the span it closes.
    ItemRef itemForEvent(const trace::TraceData &data, std::size_t index) const;
    // The item at time `t` in a lane's row (-1: its marker strip), within `tolerance` ns.
    ItemRef itemAt(int lane, int row, std::int64_t t, std::int64_t tolerance) const;
    // Spans and markers of a lane that intersect [t0, t1].
    std::size_t countIn(int lane, std::int64_t t0, std::int64_t t1) const;

private:
    struct Open {
        SpanKind kind;
        std::uint64_t key;
        std::uint32_t row;
        std::uint32_t index;
    };
    struct Packed {
        std::uint16_t thread;
        std::uint32_t row;
        std::uint32_t index;
    };
    struct ThreadState {
        std::vector<Open> stack; // open spans, outermost first; a span's row is its depth
    };

    // The lane a thread's events go to (pool threads share one), made when first needed.
    Lane &laneFor(std::uint16_t thread);
    void sortLanes();
    void updateThreads(const trace::TraceData &data);
    void apply(const trace::TraceData &data, std::uint32_t index);
    void open(std::uint16_t thread, SpanKind kind, std::uint64_t key, const trace::Event &e, std::uint32_t index,
              std::uint8_t detail = 0);
    // Closes the innermost open span of `kind` (and `key` unless anyKey) on the thread, with
    // everything opened inside it. False if none is open.
    bool close(std::uint16_t thread, SpanKind kind, std::uint64_t key, const trace::Event &e, std::uint32_t index,
               bool anyKey = false);
    Packed openPacked(std::uint16_t thread, SpanKind kind, std::int64_t start, std::uint32_t index);
    void insertPacked(std::uint16_t thread, const Span &span);
    void mark(std::uint16_t thread, MarkerKind kind, const trace::Event &e, std::uint32_t index);
    void sample(CounterKind kind, std::uint32_t id, std::int64_t t, std::int64_t value);

    std::vector<Lane> m_lanes;               // by thread index
    std::vector<ThreadState> m_threads;      // by thread index
    std::vector<std::uint16_t> m_order;      // display order -> thread index
    std::vector<int> m_laneOfThread;         // thread index -> display order
    std::vector<std::uint16_t> m_alias;      // thread index -> the thread whose lane it uses
    int m_poolThread = -1;                   // the pool thread whose lane the pool uses
    std::vector<CounterSeries> m_counters;
    std::unordered_map<std::uint64_t, std::size_t> m_counterOf; // (kind, id) -> series
    std::unordered_map<std::uint32_t, std::uint16_t> m_foreignThread; // foreign call -> its thread
    std::unordered_map<std::uint32_t, bool> m_invoked;              // foreign call -> taken from the inbox
    std::unordered_map<std::uint64_t, Packed> m_packed;             // open spans of pool threads
    std::unordered_map<std::uint32_t, std::pair<std::int64_t, std::uint32_t>> m_nonblockingStart; // without a pool lane
    std::unordered_map<std::uint32_t, std::uint8_t> m_jobSource;    // queued microtask -> source
    std::int64_t m_microtasks = 0, m_inbox = 0, m_nonblocking = 0;
    std::int64_t m_start = 0, m_end = 0;
    std::size_t m_events = 0;
    std::uint32_t m_spanKinds = 0, m_markerKinds = 0;
};

} // namespace loopscope::ui
