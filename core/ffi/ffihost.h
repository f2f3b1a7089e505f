// The FFI of one run: libraries, callbacks, the foreign-call inbox and nonblocking calls, with
// Deno 2.9.6's dispatch rules (deno-semantics.md §2-§5, §10, §13).
//
// Threads: FfiHost itself is used on the engine thread only. What native threads touch is the
// Inbox (foreign calls waiting for the engine, nonblocking completions) and the CallbackRecords,
// which outlive the run so that a late call through a stale pointer never reaches freed memory.
#pragma once

#include "ffi/ffitypes.h"
#include "runtime/output.h"
#include "runtime/profile.h"
#include "trace/recorder.h"

#include <QtCore/QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

#include <v8.h>

namespace loopscope {

class Engine;
class EngineControl;

namespace ffi {

class FfiHost;
class WorkerPool;
struct CallbackRecord;

// One call of a callback from a thread that is not the engine's: the native caller blocks
// until the engine has run the callback and the microtask checkpoint after it.
struct ForeignCall {
    CallbackRecord *callback = nullptr;
    void **args = nullptr;   // the native caller's arguments, valid while it waits
    void *ret = nullptr;     // where the result goes
    std::uint64_t thread = 0; // the caller's thread, for diagnostics
    std::chrono::steady_clock::time_point queuedAt;
    bool done = false;
    bool taken = false;       // the engine has taken it from the queue
    bool woke = false;        // queuing it woke the loop (a profile may not let it)
    bool deadlockReported = false;
    bool hangReported = false;
    std::uint32_t id = 0;     // foreign call id (trace)
    std::uint64_t flow = 0;   // the ForeignCallQueued event's seq
    std::uint64_t seenGeneration = 0; // the engine's native-call generation at the last check
    int stuckChecks = 0;              // consecutive checks that found it blocked in that call
    std::condition_variable cv;
};

// A nonblocking call that finished on a worker thread, waiting for the engine to settle its
// promise.
struct Completion {
    std::uint64_t promiseId = 0;
    Slot result{};
    std::uint64_t flow = 0; // the NonblockingStart event's seq
};

// Shared between the engine and native threads.
class Inbox
{
public:
    Inbox(std::shared_ptr<EngineControl> control, Output output, std::shared_ptr<trace::Recorder> recorder,
          const Profile &profile);

    // Records from any thread; a no-op without a recorder. The inbox keeps the recorder alive
    // as long as native threads may call back.
    std::uint64_t record(trace::Kind kind, const trace::Fields &fields = {})
    {
        return m_rec ? m_rec->record(kind, fields) : 0;
    }
    trace::Recorder *recorder() const { return m_rec.get(); }
    // The flow of the oldest queued foreign call, or of the oldest completion; false if neither.
    bool pendingFlow(std::uint64_t *flow, bool *completion) const;

    // Native thread: queues the call and waits for it to be served. Returns false (with the
    // result zeroed) if the run has ended or is being stopped.
    bool callAndWait(ForeignCall &call);
    // Engine: takes every queued call (one batch, in the profile's order).
    std::vector<ForeignCall *> takeBatch();
    bool hasQueued() const;
    // Engine: the call has run; releases its thread.
    void release(ForeignCall *call);

    void complete(Completion completion);
    std::vector<Completion> takeCompletions();

    // Names of native functions, for diagnostics from any thread (ids stay valid with the inbox).
    int registerName(const QString &name);
    // Engine thread: it is now inside a synchronous call of the native function `nameId` (-1:
    // not blocked in native code). Returns the previous value, to restore after nested calls.
    // Two relaxed atomic stores: this is on the hot path of every FFI call.
    int enterNative(int nameId)
    {
        const int previous = m_nativeName.load(std::memory_order_relaxed);
        m_nativeName.store(nameId, std::memory_order_relaxed);
        m_nativeGeneration.store(++m_generationCounter, std::memory_order_relaxed);
        return previous;
    }
    void restoreNative(int previous) { m_nativeName.store(previous, std::memory_order_relaxed); }

    // Ends the run's service: every waiting caller is released with a zero result, and later
    // callers return at once.
    void close(const char *why);
    // The run has ended, but the process lives on only briefly (command line): callers that
    // wait stay blocked, as in Deno, whose process exits under them.
    void end();

    void wake();
    // Engine thread: the loop parks (or stops parking). A foreign call that cannot wake a
    // parked loop for a while is reported as a hang.
    void setParked(bool parked) { m_parked.store(parked, std::memory_order_relaxed); }
    // Engine thread, at the end of a run that was not stopped: calls still queued (the profile
    // let the loop end without serving them) are reported.
    void reportUnserved();
    // A warning on stderr (and a Diagnostic event), from any thread.
    // `call` and `flow` name the foreign call it is about, if any.
    void diagnostic(const QString &text, int kind = 0, std::uint32_t callback = 0, std::uint32_t call = 0,
                    std::uint64_t flow = 0);

private:
    std::shared_ptr<EngineControl> m_control;
    Output m_output;
    std::shared_ptr<trace::Recorder> m_rec;
    const Profile &m_profile;
    std::atomic<bool> m_parked{false};
    std::atomic<std::uint32_t> m_nextCallId{0};
    mutable std::mutex m_mutex;
    std::deque<ForeignCall *> m_queue;
    std::condition_variable m_queueCv; // never signalled: callers after end() wait on it
    std::vector<ForeignCall *> m_running; // taken by the engine, not yet released
    std::vector<Completion> m_completions;
    bool m_closed = false;
    bool m_ended = false;
    const char *m_closedWhy = "";
    std::deque<QString> m_names; // registered native function names (stable references)
    // Which native function the engine thread is blocked in (-1: none), and a counter that
    // changes with every call: a waiting thread that sees both unchanged for 2 s calls it a
    // deadlock.
    std::atomic<int> m_nativeName{-1};
    std::atomic<std::uint64_t> m_nativeGeneration{0};
    std::uint64_t m_generationCounter = 0; // engine thread only
};

// A libffi closure and what it calls. Never freed before the process ends: native code may
// keep the pointer and call it after close() or after the run.
struct CallbackRecord {
    Signature signature;
    ffi_closure *closure = nullptr;
    void *code = nullptr;
    std::uint64_t creatorThread = 0;
    std::uint32_t rid = 0;
    QString label;                    // for diagnostics: the function's name and definition
    std::shared_ptr<Inbox> inbox;     // the run's; closed when the run ends
    std::atomic<bool> closed{false};
    std::atomic<bool> warnedClosed{false};
    bool refed = false;               // engine thread: its ref op keeps the loop alive
    // Whether a call from another thread wakes the loop, and if not, why (NoWake). Set by the
    // engine thread from the profile's rules, read by the calling threads.
    enum NoWake : std::uint8_t { Wakes, NothingWakes, NeverRefed, Severed, Closed };
    std::atomic<std::uint8_t> wake{Wakes};
    bool everRefed = false;           // engine thread
    bool canceled = false;            // engine thread (deno-1.30: unref() cancelled the ref op)
    bool refRequested = false;        // engine thread: ref'ed as far as the script knows
    FfiHost *host = nullptr;          // engine thread only; null once the run is over
    v8::Global<v8::Function> function;
};

class FfiHost
{
public:
    FfiHost(Engine &engine, std::shared_ptr<EngineControl> control, Output output, bool releaseAtEnd);
    ~FfiHost();

    // Adds the FFI natives to the object bootstrap.js receives.
    void install(v8::Local<v8::Context> ctx, v8::Local<v8::Object> native);

    // --- event loop (engine thread) ---
    // Phase 2a: up to three batches of foreign calls; true if any ran.
    bool dispatchForeignCalls();
    // Phase 2b': settles the promises of nonblocking calls that finished before the last yield.
    bool resolveCompletions();
    // At a yield of the loop (parking, or between iterations): completions become visible.
    void harvestCompletions();
    bool keepsAlive() const;
    // Foreign calls queued (that the profile serves without a wake), completions visible, or
    // the middleware asked to be polled again: the loop must not park.
    bool hasWork() const;
    // deno-1.26: a ref'ed callback holds the global counter above zero: the loop spins.
    bool spins() const;
    // While spinning: something for the next poll (a queued call, a completion).
    bool pollFindsWork() const;
    // The profile serves foreign calls from the middleware (after timers), not in phase 2a.
    bool servedByMiddleware() const { return m_profile.dispatch == ForeignDispatch::Middleware; }
    void setParked(bool parked) { m_inbox->setParked(parked); }
    // After parking: did a foreign call or a nonblocking completion wake the loop? Returns
    // ForeignCall or Nonblocking with the flow of that cause, or nothing.
    std::optional<trace::WakeCause> wakeCause(std::uint64_t *flow) const;

    static std::uint64_t currentThreadTag();

    // --- used by the bindings ---
    Engine &engine() { return m_engine; }
    v8::Isolate *isolate() const;
    void runCallback(CallbackRecord *cb, void *ret, void **args);

private:
    friend struct Bindings;
    struct Library;
    struct Symbol;
    struct Pending;

    void invokeSameThread(CallbackRecord *cb, void *ret, void **args, bool interrupt);
    void invokeForeign(ForeignCall *call);
    bool callJs(CallbackRecord *cb, void *ret, void **args);
    void warnClosed(CallbackRecord *cb);
    void parkPending();
    std::uint32_t nextPromiseId() { return m_nextPromiseId++; }

    void updateWake(CallbackRecord *cb);

    Engine &m_engine;
    const Profile &m_profile;
    std::shared_ptr<EngineControl> m_control;
    std::shared_ptr<Inbox> m_inbox;
    std::shared_ptr<WorkerPool> m_pool;
    bool m_releaseAtEnd = true;

    std::unordered_map<std::uint32_t, std::shared_ptr<Library>> m_libraries;
    std::vector<std::shared_ptr<Symbol>> m_symbols; // shared with nonblocking calls in flight
    std::unordered_map<std::uint32_t, CallbackRecord *> m_callbacks; // open ones
    std::vector<CallbackRecord *> m_allCallbacks;                    // this run's, open or closed
    std::uint32_t m_nextRid = 3; // Deno's first resources are stdin, stdout, stderr
    std::uint32_t m_nextPromiseId = 0;
    int m_refedCallbacks = 0; // deno-1.26: Deno's global active_refed_functions
    bool m_repoll = false;    // the middleware ran calls: poll again before parking

    // Synchronous callbacks: depth of JS->native calls on the engine thread, and the exception
    // of the last callback invocation if it threw (rethrown when the native call returns).
    int m_nativeDepth = 0;
    int m_fnPointerName = -1; // UnsafeFnPointer.call, for diagnostics
    std::uint32_t m_fnPointerString = 0; // the same, interned in the recorder
    std::uint32_t m_nextNativeCallId = 0;
    std::uint64_t m_nativeCallFlow = 0; // the innermost synchronous native call's start event
    v8::Global<v8::Value> m_callbackException;
    bool m_callbackTerminated = false;

    // Nonblocking calls waiting for their promise.
    std::unordered_map<std::uint64_t, std::unique_ptr<Pending>> m_pending;
    std::vector<Completion> m_visibleCompletions;
};

} // namespace ffi
} // namespace loopscope
