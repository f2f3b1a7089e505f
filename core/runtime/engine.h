// One run of one script: the V8 isolate, the module, and Deno 2.9's event loop. Everything in
// here runs on the engine thread; EngineControl is the only part other threads may touch.
#pragma once

#include "runtime/output.h"
#include "runtime/profile.h"
#include "runtime/runtypes.h"
#include "runtime/ticks.h"
#include "runtime/timerlist.h"
#include "trace/cpusampler.h"
#include "trace/recorder.h"

#include <QtCore/QElapsedTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include <v8.h>

class QEventLoop;
class QObject;
class QTimer;

namespace loopscope {

namespace ffi {
class FfiHost;
}

// The thread-safe handle to a running engine: stop it, wake it. Shared between the engine
// thread and whoever controls the run.
class EngineControl
{
public:
    // Asks the run to end with `reason` (Stopped or TimedOut). Safe from any thread, also
    // while the script is stuck in `while (true) {}`.
    void requestStop(ExitReason reason);
    bool stopRequested() const { return m_stopRequested.load(std::memory_order_acquire); }
    ExitReason stopReason() const;
    // Wakes a parked loop. Coalesced: many wakes before the loop runs make one iteration.
    void wake();
    // Called (on the stopping thread) when a stop is requested: the FFI releases native threads
    // that wait for a callback, which may be what blocks the engine.
    void setStopHandler(std::function<void()> handler);

private:
    friend class Engine;
    void attach(v8::Isolate *isolate, QObject *waker, QEventLoop *parkLoop);
    void detach();

    mutable std::mutex m_mutex; // protects m_isolate, m_waker, m_parkLoop and m_reason
    v8::Isolate *m_isolate = nullptr;
    QObject *m_waker = nullptr;
    QEventLoop *m_parkLoop = nullptr;
    ExitReason m_reason = ExitReason::Stopped;
    std::function<void()> m_stopHandler;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_wakePending{false};
};

class Engine : private TimerList::Host
{
public:
    Engine(RunOptions options, Output output, std::shared_ptr<EngineControl> control);
    ~Engine() override;

    // Runs the script to its end on the calling thread.
    RunResult exec();

    // --- used by the JavaScript bindings (engine_globals.cpp) ---
    v8::Isolate *isolate() const { return m_isolate; }
    v8::Local<v8::Context> context() const { return m_context.Get(m_isolate); }
    QString scriptUrl() const { return m_url; }
    double now() override; // ms since the run started
    void print(Stream stream, const QString &text);
    void print(Stream stream, const QByteArray &utf8);
    v8::Local<v8::Value> setTimer(const v8::FunctionCallbackInfo<v8::Value> &info, bool repeat);
    void clearTimer(v8::Local<v8::Value> handle);
    void queueMicrotask(v8::Local<v8::Function> fn);
    // Deno's lazily loaded globals (node:timers, node:process): the first use outside top-level
    // evaluation runs a microtask checkpoint (deno-semantics.md §9).
    void lazyLoad(int group);
    // Records an uncaught exception and stops the run. `inPromise` picks Deno's
    // "Uncaught (in promise)" form.
    void reportUncaught(v8::Local<v8::Value> exception, bool inPromise);
    // The exception ends the run (nobody handled its "error"/"unhandledrejection" event).
    void dispatchUncaught(v8::Local<v8::Value> exception, bool inPromise);
    // "Uncaught Error: message", as ErrorEvent.message carries it.
    QString exceptionMessage(v8::Local<v8::Value> exception);
    QString inspectValue(v8::Local<v8::Value> value);
    void emitProcessWarning(const QString &type, const QString &message);
    // process.nextTick.
    void queueTick(v8::Local<v8::Function> fn, v8::Local<v8::Array> args);
    // setImmediate / clearImmediate (Deno 2.9 has Node's immediates as globals).
    double setImmediate(v8::Local<v8::Function> fn, v8::Local<v8::Array> args, v8::Local<v8::Object> handle);
    void clearImmediate(double id);
    void setImmediateRefed(double id, bool refed);
    bool immediateRefed(double id) const;
    // Deno.exit / process.exit: "unload" is dispatched, then the run ends now with the exit
    // code as it stands (listeners may still change it).
    void requestExit();
    int exitCode() const { return m_exitCode; }
    void setExitCode(int code) { m_exitCode = code; }
    void refreshTimer(double id);
    static Engine *from(v8::Isolate *isolate);
    // The Deno behaviour this run reproduces (RunOptions::profile).
    const Profile &profile() const { return *m_profile; }

    // --- tracing (core/trace): a no-op unless the run records ---
    trace::Recorder *recorder() const { return m_rec; }
    std::shared_ptr<trace::Recorder> recorderShared() const { return m_options.recorder; }
    std::uint64_t record(trace::Kind kind, const trace::Fields &fields = {})
    {
        return m_rec ? m_rec->record(kind, fields) : 0;
    }
    std::uint32_t intern(const QString &text) { return m_rec ? m_rec->intern(text) : 0; }

    enum LazyGroup { LazyTimers = 0, LazyProcess = 1, LazyStderr = 2, LazyGroupCount };

private:
    friend class ffi::FfiHost;
    bool hasNoTicks() const { return m_ticks.empty(); }
    // TimerList::Host
    void schedule(double msecs) override;
    bool fire(Timer &timer) override;
    bool runNextTicks() override;
    void released(std::uint64_t id) override;

    bool setUp();
    void installGlobals();
    bool evaluateModule();
    bool iterate();          // one event-loop iteration; false when the run is over
    bool isAlive() const;
    bool hasPromiseEvents() const;
    void park();
    // deno-1.26: while a ref'ed callback keeps the global counter above zero the loop does not
    // park but re-polls at once, burning the engine thread's CPU, until work arrives.
    void spin();
    // After parking or spinning: what woke the loop, with the flow of that cause (trace).
    void recordWake(bool timerFired);
    void checkpoint();
    bool drainTicks();
    bool processTicksAndRejections();
    bool processPromiseRejections();
    bool dispatchTimers();
    bool runImmediates();
    // Dispatches a lifecycle event (load, beforeunload, unload) on globalThis; returns true
    // when a listener cancelled it.
    bool dispatchLifecycle(const char *type);
    void maybeDispatchLoad();
    bool callEvents(const char *name, int argc, v8::Local<v8::Value> *argv);
    void followModuleEvaluation();
    bool fatal() const;
    // Back at the top of the JavaScript stack after our own TerminateExecution: lift it, so
    // that the loop can go on to the point where Deno reports the error.
    void afterJs();
    // Ends the run with the dispatched exception, if there is one. Deno checks at fixed points
    // (deno-semantics.md §7): right after the JavaScript call that dispatched it, or, for an
    // exception thrown by a microtask in a checkpoint the loop runs itself, at the end of the
    // iteration.
    bool checkDispatched();
    void finishWithError(ExitReason reason, const QString &text);
    static void onPromiseReject(v8::PromiseRejectMessage message);
    static v8::MaybeLocal<v8::Value> prepareStackTrace(v8::Local<v8::Context> context,
                                                       v8::Local<v8::Value> error,
                                                       v8::Local<v8::Array> sites);

    // While the module body runs, remembers where its top level last created a promise: when
    // it suspends at an `await`, that is the await's position (for the stalled-await report).
    static void onPromiseHook(v8::PromiseHookType type, v8::Local<v8::Promise> promise,
                              v8::Local<v8::Value> parent);
    void reportStalledTopLevelAwait();

    RunOptions m_options;
    const Profile *m_profile;
    Output m_output;
    std::shared_ptr<EngineControl> m_control;
    QString m_source;
    QString m_url;           // file:// URL of the script, as Deno names it in stacks

    std::unique_ptr<v8::ArrayBuffer::Allocator> m_allocator;
    v8::Isolate *m_isolate = nullptr;
    v8::Global<v8::Context> m_context;
    v8::Global<v8::Module> m_module;
    v8::Global<v8::Promise> m_modulePromise;
    v8::Global<v8::Object> m_consoleApi; // { formatArgs, inspect } from console.js
    v8::Global<v8::Object> m_events;     // { lifecycle, rejection, reportException } from bootstrap.js
    bool m_loadDispatched = false;
    bool m_unloadDispatched = false;

    QElapsedTimer m_clock;
    double m_clockOffsetMs = 0;
    TimerList m_timers;
    // A script function to call later with its receiver and arguments: the callback of a
    // timer, an immediate or a tick.
    struct JsCall {
        v8::Global<v8::Function> fn;
        v8::Global<v8::Value> receiver; // empty: undefined
        std::vector<v8::Global<v8::Value>> args;
    };
    JsCall makeCall(v8::Local<v8::Function> fn, v8::Local<v8::Value> receiver, v8::Local<v8::Value> args);
    // Calls it; an exception it throws is reported as uncaught. True when it returned and no
    // exception was dispatched meanwhile.
    bool invoke(const JsCall &call);
    std::unordered_map<std::uint64_t, JsCall> m_timerPayloads;
    // The loop's single timer (Deno's user timer): armed deadline in ms, or < 0 when idle.
    double m_timerDeadline = -1;
    bool m_timerPolled = false; // the loop has polled its timer once (Profile::timersSkipFirstTurn)

    TickQueue m_ticks;
    struct Immediate {
        std::uint64_t id = 0;
        JsCall call;
        bool refed = true;
        bool destroyed = false;
    };
    std::deque<std::shared_ptr<Immediate>> m_immediates;
    std::deque<std::shared_ptr<Immediate>> m_outstandingImmediates; // left by a batch that threw
    std::unordered_map<std::uint64_t, std::shared_ptr<Immediate>> m_immediateById;
    std::uint64_t m_nextImmediateId = 1;
    int m_immediateRefCount = 0;
    int m_exitCode = 0;
    struct Rejection {
        v8::Global<v8::Promise> promise;
        v8::Global<v8::Value> reason;
    };
    std::vector<Rejection> m_pendingRejections;
    // Rejections a listener handled (unhandledrejection prevented), watched for a late handler,
    // and those that got one, waiting for their "rejectionhandled" event.
    std::vector<Rejection> m_reportedRejections;
    std::vector<Rejection> m_handledRejections;
    void dispatchHandledRejections();
    bool m_rejectionToWarn = false;

    // Exceptions that reach the top of a microtask (queueMicrotask callbacks).
    static void onMessage(v8::Local<v8::Message> message, v8::Local<v8::Value> exception);

    bool m_evaluatingTopLevel = false;
    bool m_trackingAwait = false;
    int m_awaitLine = 0;
    int m_awaitColumn = 0;
    bool m_lazyLoaded[LazyGroupCount] = {};
    bool m_warnedNegative = false;
    bool m_warnedNaN = false;
    bool m_warnedBefore = false;
    // Web timers (TimerModel::Web): the HTML nesting level of each timer, and of the timer
    // whose callback runs now (0 outside timers).
    std::unordered_map<std::uint64_t, int> m_timerNesting;
    int m_currentNesting = 0;

    bool m_finished = false;
    RunResult m_result;
    // The uncaught exception waiting to end the run (Deno's dispatched exception).
    bool m_dispatched = false;
    quint64 m_dispatchCount = 0;  // rises with every dispatch; call sites compare it
    ExitReason m_dispatchedReason = ExitReason::UncaughtException;
    QString m_dispatchedText;
    bool m_selfTerminated = false;
    int m_checkpointDepth = 0;
    quint64 m_checkpointDispatch = 0; // m_dispatchCount when the running checkpoint began

    QEventLoop *m_parkLoop = nullptr;
    QTimer *m_parkTimer = nullptr;

    // Deno.dlopen, callbacks, nonblocking calls (core/ffi).
    std::unique_ptr<ffi::FfiHost> m_ffi;

    // Tracing. Microtask jobs get ids: promise reaction jobs through the promise hook (the
    // promise they settle carries its id in its embedder field, or a private where V8 was built
    // without one), queueMicrotask jobs through a wrapper.
    trace::Recorder *m_rec = nullptr;
    // The engine thread's CPU use as a counter track (the deno-1.26 spin shows as 100 %).
    std::unique_ptr<trace::CpuSampler> m_cpuSampler;
    std::uint32_t m_nextJobId = 0;
    std::uint64_t m_jobsRun = 0;
    std::uint64_t m_jobsEnqueued = 0; // traced enqueues: with m_jobsRun, the jobs waiting
    std::unordered_map<std::uint64_t, std::uint64_t> m_timerFlows;       // timer id -> flow
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> m_waitingJobs; // promise id -> jobs waiting for it
    std::vector<std::uint64_t> m_jobFlows;                               // job id -> flow (ids are dense)
    v8::Global<v8::Private> m_jobIdKey;
    int m_promiseField = -1; // -1 not known yet, 0 none (a private then), 1 the promise's field 0
    void tracePromiseHook(v8::PromiseHookType type, v8::Local<v8::Promise> promise, v8::Local<v8::Value> parent);
    std::uint32_t promiseJobId(v8::Local<v8::Promise> promise, bool create);
    void setUpTracing();
    void installPromiseHook(bool trackingAwait);
    // A queueMicrotask job while the run records. The engine owns them (slabs and a free list):
    // a job V8 never runs (the run ended with jobs queued) is freed with the engine, and a
    // queued job costs no allocation once the slabs have grown.
    struct TracedJob {
        v8::Global<v8::Function> fn;
        std::uint32_t id = 0;
        std::uint64_t flow = 0;
        TracedJob *nextFree = nullptr;
    };
    std::vector<std::unique_ptr<TracedJob[]>> m_jobSlabs;
    TracedJob *m_freeJobs = nullptr;
    TracedJob *acquireJob();
    void releaseJob(TracedJob *job);
    static void runTracedMicrotask(void *data);
};

} // namespace loopscope
