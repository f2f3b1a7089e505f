// Version profiles: which Deno's behaviour a run reproduces. One profile is one row of
// behaviour flags in one table (profile.cpp); the engine and the FFI ask the row, never a
// version number. The mechanisms behind every flag: deno-semantics.md §12 and docs/profiles.md.
#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <span>

namespace loopscope {

// In which order one drain of the foreign-call queue runs the queued calls.
enum class InboxOrder {
    Fifo, // oldest first (the task spawner; the middleware since 1.36)
    Lifo, // newest first: the middleware popped its Vec (`while let Some(w) = work_items.pop()`)
};

// Where the loop serves foreign calls (callbacks called from other threads).
enum class ForeignDispatch {
    // Phase 2a, before the timers: up to three batches per iteration, queued calls keep the
    // loop alive (the V8 cross-thread task spawner, 1.39 and later).
    TaskSpawner,
    // Once per poll, after op resolution, timers, nextTick and macrotasks: one batch; queued
    // calls do not keep the loop alive (the FFI event-loop middleware, 1.23-1.38).
    Middleware,
};

// Which foreign calls wake a parked loop.
enum class ForeignWake {
    Never,            // nothing wakes the loop: an `unbounded_send` and a blocking wait (L0)
    WhileRefOpPending, // only the ref op's waker, valid while that op is pending (L1)
    AfterFirstRef,    // callbacks that were ever ref'ed (L2)
    Always,           // every foreign call, ref'ed or not (L3 and later)
};

// How ref()/unref() keep the loop alive.
enum class RefModel {
    GlobalCounter,  // one counter for all callbacks; while it is > 0 the loop spins (L0)
    CancelableOp,   // ref() 0->1 makes a new op; unref() cancels the callback for good (L1)
    ToggledOp,      // ref()/unref() ref and unref the same op; close() ends it (L2 and later)
};

enum class MicrotaskPolicy {
    Auto,     // V8's kAuto: microtasks run whenever the JS call depth returns to 0
    Explicit, // only at Deno's explicit checkpoints (2.7.5 and later)
};

enum class TimerModel {
    // Web timers (ext/web/02_timers.js and deno_core's WebTimers, up to 2.7.x): a number id,
    // 0 ms allowed; until 1.41.1 at least 4 ms once nested more than 5 deep (nestingClamp).
    Web,
    // Node's timers (2.x): a Timeout object, at least 1 ms, no nesting clamp.
    Node,
};

struct Profile {
    const char *name;         // "deno-2.9": what --profile takes
    const char *level;        // "L6": the level of deno-semantics.md §12
    const char *versions;     // the Deno releases that behave like this
    const char *summary;      // one line (untranslated source text; see description())
    const char *detail;       // one paragraph

    InboxOrder inboxOrder;
    ForeignDispatch dispatch;
    ForeignWake foreignWake;
    RefModel refModel;
    bool refReturnsCount;     // ref()/unref() return the new count (1.31+), else undefined
    bool hasThreadSafe;       // UnsafeCallback.threadSafe exists (1.31+)
    MicrotaskPolicy microtasks;
    bool interruptDrains;     // an interrupt-handler call drains microtasks when it returns
    bool lazyTimersCheckpoint; // the first read of the timer/process globals runs a checkpoint (§9)
    TimerModel timers;
    bool nestingClamp;        // Web timers: the HTML 4 ms clamp for timers nested > 5 deep
    // The loop's first turn fires no timer: the user timer's first poll only registers the
    // loop's waker (MutableSleep::poll_ready checks the deadline by hand only once it has one),
    // so a timer that expired while the top level ran fires in the second turn, after the first
    // turn's ticks and immediates. Deno 2.9 fires it in the first turn.
    bool timersSkipFirstTurn;
    bool nodeGlobals;         // setImmediate, clearImmediate and process are globals (2.0+)
    // Deno's Rust WebTimers (before 2.7.8, #32543): the timer phase comes first in a loop turn,
    // before the foreign calls; the expired timers run one by one in (deadline, creation) order,
    // each followed by its ticks; and immediates run only while a ref'ed one is waiting.
    bool rustTimers;

    bool spinsWhileRefed() const { return refModel == RefModel::GlobalCounter; }
    // The profile's texts in the user's language (ui translations, context "Profile").
    QString description() const;
    QString summaryText() const;
};

// Every profile, oldest first. The last one is the default.
std::span<const Profile> profiles();
const Profile &defaultProfile();
// The profile called `name`, or nullptr.
const Profile *findProfile(const QString &name);
QStringList profileNames();
// For --help: every profile's name, versions and description, wrapped to `width` columns.
QString profilesHelp(int width = 78);

} // namespace loopscope
