// The trace event model: one small fixed-size record per observable step of a run. The meaning
// of the generic fields (id, id2, value, str, flow) depends on the kind; docs/trace-format.md
// lists them per kind, and that table is the contract with the engine, the file and the GUI.
//
// Kind numbers and the numbers of the enumerated values are stored in .lstrace files: never
// renumber them, only append (see "Format versions" in docs/trace-format.md).
#pragma once

#include <QtCore/QString>

#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

namespace loopscope::trace {

enum class Kind : std::uint16_t {
    None = 0,
    RunStart = 1,           // str = script path
    RunEnd = 2,             // value = ExitReason
    ScriptEvalStart = 3,    // str = module URL
    ScriptEvalEnd = 4,      // value = 1 if the evaluation threw
    ConsoleOutput = 5,      // str = text, value = Stream (0 stdout, 1 stderr)
    NativeCallStart = 6,    // id = native call id, str = symbol
    NativeCallEnd = 7,      // id = native call id, value = integer result (0 if none)
    NonblockingStart = 8,   // id = native call id, str = symbol, flow = new
    NonblockingComplete = 9, // on the pool thread; id, flow
    NonblockingResolve = 10, // on the engine thread; id, flow
    CallbackCreated = 11,   // id = callback id (its definition: CallbackInfo, the callbacks table)
    CallbackClosed = 12,    // id = callback id
    Ref = 13,               // id = callback id, value = the new ref count
    Unref = 14,             // id = callback id, value = the new ref count
    CallbackStart = 15,     // id = callback id, id2 = foreign call id, value = CallbackKind
    CallbackEnd = 16,       // id = callback id, id2 = foreign call id, value = CallbackKind
    ForeignCallQueued = 17, // on the native thread; id = foreign call id, id2 = callback id, flow = new
    ForeignCallInvoked = 18, // on the engine thread; id, id2, flow
    ForeignCallReleased = 19, // id, id2, flow; value = 1 if released without running (run ended)
    LoopPhase = 20,         // value = Phase
    Idle = 21,              // the loop parks; value = timeout in ns, -1 for none, -2: it spins (kIdleSpin)
    Wake = 22,              // value = WakeCause, flow = the cause's flow
    TimerScheduled = 23,    // id = timer id, value = delay in ns, id2 = 1 for an interval, flow = new
    TimerFired = 24,        // id = timer id, flow
    TimerCleared = 25,      // id = timer id, flow
    MicrotaskEnqueued = 26, // id = job id, id2 = promise id, value = MicrotaskSource, flow = new
    MicrotaskRunStart = 27, // id = job id, flow
    MicrotaskRunEnd = 28,   // id = job id, value = 1 if the job threw, flow
    CheckpointStart = 29,   // value = jobs waiting
    CheckpointEnd = 30,     // value = jobs run
    Diagnostic = 31,        // value = DiagnosticKind, str = text, id = callback id if any
    EventsLost = 32,        // value = events of this thread dropped since the last EventsLost
    CpuUsage = 33,          // on a sampler thread; id = the sampled thread's index, value = CPU use in
                            // permille (0..1000) over the interval before it, id2 = that interval in µs
    Count
};

// Stored in Kind's 7 bits of the packed `kt` column (tracefile.cpp).
static_assert(int(Kind::Count) <= 128, "the file format packs kinds into 7 bits");

// Kind-specific values (Event::value). Appended to, never renumbered.
enum class CallbackKind : std::uint8_t { Sync = 0, ThreadSafe = 1, Interrupt = 2 };
enum class WakeCause : std::uint8_t { Timer = 0, ForeignCall = 1, Nonblocking = 2, Signal = 3, Stop = 4, Other = 5 };
enum class MicrotaskSource : std::uint8_t { QueueMicrotask = 0, PromiseReaction = 1, Await = 2, Thenable = 3, NextTick = 4 };
// Hang: a foreign call that cannot wake the loop (deno-1.30); id = callback, id2 = foreign call,
// flow = the call's flow (its ForeignCallQueued names the waiting thread and when it began).
enum class DiagnosticKind : std::uint8_t { Warning = 0, Deadlock = 1, CallAfterClose = 2, Error = 3, Hang = 4 };

// Idle values besides a timeout in ns.
inline constexpr std::int64_t kIdleNoTimeout = -1; // parked with no timer due
// Not parked at all: a ref'ed callback makes the loop re-poll at once, at 100 % CPU (deno-1.26),
// until the Wake that ends it.
inline constexpr std::int64_t kIdleSpin = -2;
// The steps of one loop iteration in Engine::iterate's order (deno-semantics.md §7).
enum class Phase : std::uint8_t {
    IterationStart = 0,
    ModuleProgress = 1,   // phase 2
    ForeignCalls = 2,     // phase 2a: the foreign-call inbox
    Timers = 3,           // phase 2b
    Completions = 4,      // phase 2b': nonblocking calls that finished
    HandledRejections = 5, // phase 2c
    Ticks = 6,            // phase 2d: ticks and microtasks
    UnhandledRejections = 7, // phase 2e
    Immediates = 8,       // phase 5
    IterationEnd = 9,     // phase 6
};

// Sampler: a thread of loopscope's own that records measurements of other threads (CpuUsage,
// CpuSampler); it is in the thread list, but views show no lane or track for it.
enum class ThreadKind : std::uint8_t { Engine = 0, Native = 1, Pool = 2, Sampler = 3 };

// False for loopscope's own threads (Sampler), which views leave out.
inline constexpr bool isShownThread(ThreadKind kind)
{
    return kind != ThreadKind::Sampler;
}

// One observable step. Plain data: copied by value into per-thread chunks on the hot path,
// and into std::vector batches by the consumer.
struct Event {
    std::int64_t t = 0;       // ns since the run started (raw clock ticks until drained)
    std::uint64_t seq = 0;    // 1, 2, 3...: the order in which events were recorded, all threads
    std::uint64_t flow = 0;   // the seq of the event that started this chain of causes; 0 = none
    std::int64_t value = 0;   // refcount, depth, count, result, or an enumerated value
    std::uint32_t id = 0;     // the main id: callback, timer, job, native call, foreign call
    std::uint32_t id2 = 0;    // a second id: the callback of a foreign call, a promise...
    std::uint32_t str = 0;    // an interned string (StringTable); 0 = none
    Kind kind = Kind::None;
    std::uint16_t thread = 0; // index into the run's thread list
};
static_assert(sizeof(Event) == 48, "Event is the unit of the hot path: keep it at 48 bytes");
static_assert(std::is_trivially_copyable_v<Event>);

bool operator==(const Event &a, const Event &b);

struct ThreadInfo {
    std::uint16_t index = 0;
    ThreadKind kind = ThreadKind::Native;
    QString name;
    std::int64_t osId = 0; // the kernel's thread id, to match other tools' traces
};

struct CallbackInfo {
    std::uint32_t id = 0;
    QString definition; // the definition as given to Deno.UnsafeCallback, as text
    QString label;      // a short name for views: the function's name, or where it was made
};

// Stable text names: used in docs, in the file's `kinds` and `value_names` tables, in CSV and
// Chrome exports. Lower case, words joined by '_'.
const char *kindName(Kind kind);
Kind kindFromName(const char *name); // Kind::None when unknown
const char *threadKindName(ThreadKind kind);
ThreadKind threadKindFromName(const QString &name); // Native when unknown
// The name of an enumerated value of `kind` (e.g. LoopPhase 3 -> "timers"), or nullptr when the
// kind's value is not enumerated or the number is unknown.
const char *valueName(Kind kind, std::int64_t value);
// For building tables of the enumerated values: the kinds whose value is enumerated, and the
// number of names each has (values 0..n-1).
int valueNameCount(Kind kind);
// Every named value of `kind`, also those outside 0..n-1 (Idle's kIdleSpin "spin"), ascending.
std::vector<std::pair<std::int64_t, const char *>> namedValues(Kind kind);

} // namespace loopscope::trace
