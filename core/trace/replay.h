// Replay: the whole state of a run at any event of its trace, and why an event ran when it did.
// Pure computation over TraceData (no GUI): the inspector, stepping backward and forward and the
// queues view are built on it.
//
// State is rebuilt by applying events in seq order. Snapshots every kSnapshotEvery events make
// any position cost at most that many applications (tens of microseconds), so stepping in either
// direction through a 1 M-event trace stays far below a millisecond.
#pragma once

#include "trace/event.h"
#include "trace/tracefile.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace loopscope::trace {

// One level of the engine thread's stack as the trace shows it, across the FFI boundary: a
// native call, a callback it made, a microtask run inside a checkpoint...
struct Frame {
    enum Type : std::uint8_t { Script, NativeCall, Callback, Checkpoint, Microtask, Timer };
    Type type = Script;
    std::uint32_t id = 0;    // native call, callback, job or timer id
    std::int64_t value = 0;  // CallbackKind for callbacks
    std::uint32_t str = 0;   // symbol name for native calls
    std::size_t since = 0;   // index of the event that opened it
};

struct QueuedJob {
    std::uint32_t id = 0;
    MicrotaskSource source = MicrotaskSource::QueueMicrotask;
    std::size_t enqueued = 0; // event index
};

struct PendingTimer {
    std::uint32_t id = 0;
    std::int64_t delayNs = 0;
    bool interval = false;
    std::size_t scheduled = 0; // event index (of the last fire, for intervals)
    std::int64_t dueNs = 0;
};

struct WaitingCall {
    std::uint32_t id = 0;       // foreign call id
    std::uint32_t callback = 0;
    std::uint16_t thread = 0;
    std::size_t queued = 0;     // event index
    bool running = false;       // invoked, not yet released
};

struct ThreadState {
    enum State : std::uint8_t { Unknown, Running, Blocked, Idle, Finished };
    State state = Unknown;
    std::uint32_t callback = 0; // Blocked: the callback it waits for
    std::uint32_t call = 0;     // Blocked: the foreign call
    std::size_t since = 0;      // event index of the last change
};

struct ReplayState {
    std::size_t index = 0;      // the state after this event was applied
    std::int64_t timeNs = 0;
    std::vector<Frame> stack;   // the engine thread, outermost first
    std::vector<QueuedJob> microtasks;
    std::vector<PendingTimer> timers;
    std::vector<WaitingCall> inbox;    // queued or running foreign calls
    std::map<std::uint16_t, ThreadState> threads;
    std::map<std::uint32_t, std::int64_t> refcounts; // open callbacks
    std::map<std::uint32_t, std::int64_t> nonblocking; // in flight: call id -> start index
    // The last CPU sample of each sampled thread (CpuUsage): thread index -> permille.
    std::map<std::uint16_t, std::int64_t> cpu;
    Phase phase = Phase::IterationStart;
    bool idle = false;     // parked: nothing to do until a wake
    bool spinning = false; // not parked but re-polling at once (Idle kIdleSpin): busy, until a wake
    bool ended = false;

    // Why the loop would not exit at this point, one sentence each (empty: it would).
    QStringList aliveReasons(const TraceData &data) const;
};

class Replay
{
    Q_DECLARE_TR_FUNCTIONS(Replay)
public:
    static constexpr std::size_t kSnapshotEvery = 2048;

    explicit Replay(const TraceData &data);

    std::size_t size() const { return m_data.events.size(); }
    const TraceData &data() const { return m_data; }
    // The state right after event `index` (0 <= index < size()).
    ReplayState stateAt(std::size_t index) const;

    // The event index of a seq, or size() if the trace has no such event.
    std::size_t indexOfSeq(std::uint64_t seq) const;
    // The events that led to event `index`, nearest first: where its chain of causes began
    // (Event::flow), and what was running when that happened, and so on.
    std::vector<std::size_t> causes(std::size_t index) const;
    // The same as sentences a person can read: "why did this run now?".
    QStringList explain(std::size_t index) const;
    // One line for an event: its kind and what it is about.
    QString describe(std::size_t index) const;
    // An enumerated value of an event (a phase, a wake cause, a callback kind...) in words.
    static QString valueText(Kind kind, std::int64_t value);
    // What the loop is doing in a state, in words: the run has ended, spinning (with why),
    // parked, busy.
    static QString loopText(const ReplayState &state);
    // "spinning: a ref'ed callback makes the loop re-poll at once (deno-1.26)"
    static QString spinText();
    // The innermost span (on the event's thread) that was open when event `index` happened, or
    // size() if none.
    std::size_t enclosing(std::size_t index) const { return m_enclosing[index]; }

private:
    void apply(ReplayState &state, std::size_t index) const;
    QString callbackName(std::uint32_t id) const;

    const TraceData &m_data;
    std::vector<ReplayState> m_snapshots; // state after events kSnapshotEvery*k - 1
    std::vector<std::size_t> m_enclosing;
};

} // namespace loopscope::trace
