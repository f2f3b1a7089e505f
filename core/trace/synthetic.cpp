#include "trace/synthetic.h"
#include "trace/recorder.h"

#include <algorithm>
#include <random>
#include <unordered_map>

namespace loopscope::trace {

namespace {

class Generator
{
public:
    Generator(const SyntheticOptions &options, TraceData &data)
        : m_options(options)
        , m_data(data)
        , m_rng(options.seed)
        , m_gap(1.0 / std::max(1.0, options.meanGapNs))
    {
    }

    void run();

private:
    bool full() const { return m_data.events.size() >= m_options.events; }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }

    std::uint64_t rec(Kind kind, Fields f = {}, std::uint16_t thread = 0)
    {
        if (full())
            return 0;
        m_t += 1 + std::int64_t(m_gap(m_rng));
        Event e;
        e.t = m_t;
        e.seq = m_data.events.size() + 1;
        e.kind = kind;
        e.thread = thread;
        e.id = f.id;
        e.id2 = f.id2;
        e.str = f.str;
        e.value = f.value;
        e.flow = f.flow == Recorder::kNewFlow ? e.seq : f.flow;
        m_data.events.push_back(e);
        return e.seq;
    }
    std::uint32_t newString(const QString &text)
    {
        m_data.strings.push_back(text);
        return std::uint32_t(m_data.strings.size() - 1);
    }

    const SyntheticOptions &m_options;
    TraceData &m_data;
    std::mt19937_64 m_rng;
    std::exponential_distribution<double> m_gap;
    std::int64_t m_t = 0;
};

void Generator::run()
{
    constexpr int kCallbacks = 8;
    constexpr int kSymbols = 20;
    const auto natives = std::uint16_t(std::max(0, m_options.nativeThreads));

    m_data.threads.push_back({0, ThreadKind::Engine, QStringLiteral("main"), 1000});
    for (std::uint16_t i = 1; i <= natives; ++i)
        m_data.threads.push_back({i, ThreadKind::Native, QStringLiteral("native %1").arg(i), 1000 + i});
    m_data.strings.assign(1, QString());
    std::vector<std::uint32_t> symbols;
    for (int i = 0; i < kSymbols; ++i)
        symbols.push_back(newString(QStringLiteral("symbol_%1").arg(i)));
    const std::uint32_t script = newString(QStringLiteral("file:///synthetic.ts"));
    m_data.events.reserve(m_options.events);

    rec(Kind::RunStart, {.str = script});
    rec(Kind::ScriptEvalStart, {.str = script});
    for (std::uint32_t cb = 1; cb <= kCallbacks; ++cb) {
        m_data.callbacks.push_back({cb, QStringLiteral("{ parameters: [\"i32\"], result: \"void\" }"),
                                    QStringLiteral("callback%1").arg(cb)});
        rec(Kind::CallbackCreated, {.id = cb});
        rec(Kind::Ref, {.id = cb, .value = 1});
    }
    rec(Kind::ScriptEvalEnd);

    std::uint32_t nextCall = 0, nextJob = 0, nextPromise = 0, nextTimer = 0, nextForeign = 0;
    struct Pending {
        std::uint32_t id;
        std::uint32_t id2;
        std::uint64_t flow;
        std::uint16_t thread;
    };
    std::vector<Pending> timers, foreign, jobs;
    while (!full()) {
        rec(Kind::LoopPhase, {.value = std::int64_t(Phase::IterationStart)});
        for (std::uint16_t th = 1; th <= natives; ++th) {
            if (chance(0.5)) {
                const auto cb = std::uint32_t(uniform(1, kCallbacks));
                const std::uint64_t f = rec(Kind::ForeignCallQueued, {.id = ++nextForeign, .id2 = cb, .flow = Recorder::kNewFlow}, th);
                foreign.push_back({nextForeign, cb, f, th});
            }
        }
        rec(Kind::LoopPhase, {.value = std::int64_t(Phase::ForeignCalls)});
        if (!foreign.empty())
            rec(Kind::Wake, {.value = std::int64_t(WakeCause::ForeignCall), .flow = foreign.front().flow});
        for (const Pending &p : foreign) {
            rec(Kind::ForeignCallInvoked, {.id = p.id, .id2 = p.id2, .flow = p.flow});
            rec(Kind::CallbackStart, {.id = p.id2, .id2 = p.id, .value = 1, .flow = p.flow});
            rec(Kind::CallbackEnd, {.id = p.id2, .id2 = p.id, .value = 1});
            rec(Kind::ForeignCallReleased, {.id = p.id, .id2 = p.id2, .flow = p.flow}, p.thread);
        }
        foreign.clear();

        rec(Kind::LoopPhase, {.value = std::int64_t(Phase::Timers)});
        for (auto it = timers.begin(); it != timers.end();) {
            if (chance(0.3)) {
                rec(Kind::TimerFired, {.id = it->id, .flow = it->flow});
                it = timers.erase(it);
            } else {
                ++it;
            }
        }

        const int calls = uniform(5, 40);
        for (int k = 0; k < calls; ++k) {
            ++nextCall;
            rec(Kind::NativeCallStart, {.id = nextCall, .str = symbols[std::size_t(uniform(0, kSymbols - 1))]});
            if (chance(0.3)) {
                const auto cb = std::uint32_t(uniform(1, kCallbacks));
                rec(Kind::CallbackStart, {.id = cb});
                rec(Kind::CallbackEnd, {.id = cb});
            }
            rec(Kind::NativeCallEnd, {.id = nextCall, .value = uniform(0, 1000)});
            if (chance(0.5)) {
                const std::uint64_t f = rec(Kind::MicrotaskEnqueued,
                                            {.id = ++nextJob, .id2 = ++nextPromise, .value = uniform(0, 3),
                                             .flow = Recorder::kNewFlow});
                jobs.push_back({nextJob, 0, f, 0});
            }
            if (chance(0.05)) {
                const std::uint64_t f = rec(Kind::TimerScheduled, {.id = ++nextTimer, .value = uniform(0, 100) * 1'000'000,
                                                                   .flow = Recorder::kNewFlow});
                timers.push_back({nextTimer, 0, f, 0});
            }
            if (chance(0.02))
                rec(Kind::ConsoleOutput, {.str = newString(QStringLiteral("line %1").arg(m_data.events.size()))});
            if (chance(0.05))
                rec(Kind::Ref, {.id = std::uint32_t(uniform(1, kCallbacks)), .value = uniform(0, 3)});
        }

        rec(Kind::LoopPhase, {.value = std::int64_t(Phase::Ticks)});
        rec(Kind::CheckpointStart, {.value = std::int64_t(jobs.size())});
        for (const Pending &j : jobs) {
            rec(Kind::MicrotaskRunStart, {.id = j.id, .flow = j.flow});
            rec(Kind::MicrotaskRunEnd, {.id = j.id});
        }
        rec(Kind::CheckpointEnd, {.value = std::int64_t(jobs.size())});
        jobs.clear();
        rec(Kind::LoopPhase, {.value = std::int64_t(Phase::IterationEnd)});
    }
    // The last event ends the run, whatever the count cut short.
    if (!m_data.events.empty()) {
        Event &last = m_data.events.back();
        last.kind = Kind::RunEnd;
        last.thread = 0;
        last.id = last.id2 = last.str = 0;
        last.value = 0;
        last.flow = 0;
    }
}

} // namespace

TraceData spinningTrace(const SpinningOptions &options)
{
    TraceData d;
    d.threads = {{0, ThreadKind::Engine, QStringLiteral("main"), 2000},
                 {1, ThreadKind::Native, QStringLiteral("worker"), 2001},
                 {2, ThreadKind::Sampler, QStringLiteral("cpu sampler"), 2002}};
    d.strings = {QString(), QStringLiteral("file:///spin.js"), QStringLiteral("start_worker"),
                 QStringLiteral("ticked\n")};
    constexpr std::uint32_t kScript = 1, kSymbol = 2, kTicked = 3, kCallback = 1, kTimer = 1;
    d.callbacks = {{kCallback, QStringLiteral("{ parameters: [\"i32\"], result: \"void\" }"), QStringLiteral("onTick")}};

    struct Pending {
        std::int64_t t;
        Kind kind;
        std::uint16_t thread;
        Fields f;
    };
    std::vector<Pending> events;
    auto at = [&events](std::int64_t t, Kind kind, Fields f = {}, std::uint16_t thread = 0) {
        events.push_back({t, kind, thread, f});
    };
    constexpr std::int64_t ms = 1'000'000;
    // The engine's load over time (permille), for the samples: the script, parked, spinning, the
    // callback, parked again.
    struct Load {
        std::int64_t from, to, permille;
    };
    const std::int64_t spinFrom = 302 * ms, spinTo = spinFrom + std::max<std::int64_t>(options.spinNs, ms);
    const std::int64_t end = spinTo + 60 * ms;
    const std::vector<Load> loads = {
        {0, 6 * ms, 930}, {6 * ms, 300 * ms, 3}, {300 * ms, spinFrom, 800}, {spinFrom, spinTo, 998},
        {spinTo, spinTo + 4 * ms, 850}, {spinTo + 4 * ms, end, 2}};

    at(0, Kind::RunStart, {.str = kScript});
    at(20'000, Kind::ScriptEvalStart, {.str = kScript});
    at(400'000, Kind::CallbackCreated, {.id = kCallback});
    at(1'200'000, Kind::NativeCallStart, {.id = 1, .flow = Recorder::kNewFlow, .str = kSymbol});
    at(2'000'000, Kind::NativeCallEnd, {.id = 1});
    at(2'500'000, Kind::TimerScheduled, {.id = kTimer, .value = 300 * ms - 2'500'000, .flow = Recorder::kNewFlow});
    at(5'000'000, Kind::ScriptEvalEnd);
    at(5'100'000, Kind::CheckpointStart);
    at(5'200'000, Kind::CheckpointEnd);
    at(6 * ms, Kind::Idle, {.value = 294 * ms});
    at(300 * ms, Kind::Wake, {.value = int(WakeCause::Timer)});
    at(300 * ms + 50'000, Kind::LoopPhase, {.value = int(Phase::IterationStart)});
    at(300 * ms + 100'000, Kind::LoopPhase, {.value = int(Phase::Timers)});
    at(300 * ms + 150'000, Kind::TimerFired, {.id = kTimer});
    at(300 * ms + 400'000, Kind::Ref, {.id = kCallback, .value = 1}); // onTick.ref() in the timer
    at(301 * ms, Kind::LoopPhase, {.value = int(Phase::Ticks)});
    at(301 * ms + 50'000, Kind::LoopPhase, {.value = int(Phase::IterationEnd)});
    at(spinFrom, Kind::Idle, {.value = kIdleSpin});
    // The worker calls back: the call wakes the spinning loop.
    at(spinTo - 20'000, Kind::ForeignCallQueued, {.id = 1, .id2 = kCallback, .flow = Recorder::kNewFlow}, 1);
    at(spinTo, Kind::Wake, {.value = int(WakeCause::ForeignCall)});
    at(spinTo + 50'000, Kind::LoopPhase, {.value = int(Phase::IterationStart)});
    at(spinTo + 100'000, Kind::LoopPhase, {.value = int(Phase::ForeignCalls)});
    at(spinTo + 150'000, Kind::ForeignCallInvoked, {.id = 1, .id2 = kCallback});
    at(spinTo + 200'000, Kind::CallbackStart, {.id = kCallback, .id2 = 1, .value = int(CallbackKind::ThreadSafe)});
    at(spinTo + 1'000'000, Kind::ConsoleOutput, {.str = kTicked});
    at(spinTo + 2'800'000, Kind::Unref, {.id = kCallback, .value = 0});
    at(spinTo + 3'000'000, Kind::CallbackEnd, {.id = kCallback, .id2 = 1, .value = int(CallbackKind::ThreadSafe)});
    at(spinTo + 3'100'000, Kind::CheckpointStart);
    at(spinTo + 3'200'000, Kind::CheckpointEnd);
    at(spinTo + 3'300'000, Kind::ForeignCallReleased, {.id = 1, .id2 = kCallback});
    at(spinTo + 3'400'000, Kind::LoopPhase, {.value = int(Phase::IterationEnd)});
    at(spinTo + 4 * ms, Kind::Idle, {.value = kIdleNoTimeout});
    // The worker ends; nothing keeps the loop alive any more.
    at(end - 100'000, Kind::Wake, {.value = int(WakeCause::Other)});
    at(end, Kind::RunEnd, {.value = 0});

    // The samples: the load over each interval, with a little deterministic jitter.
    std::mt19937_64 rng(26);
    for (std::int64_t t = options.sampleEveryNs;; t += options.sampleEveryNs) {
        const std::int64_t to = std::min(t, end), from = t - options.sampleEveryNs;
        double busy = 0;
        for (const Load &l : loads)
            busy += double(std::max<std::int64_t>(0, std::min(to, l.to) - std::max(from, l.from))) * double(l.permille);
        const auto permille = std::clamp<std::int64_t>(
            std::int64_t(busy / double(to - from)) - std::int64_t(rng() % 4), 0, 1000);
        at(to, Kind::CpuUsage, {.id = 0, .id2 = std::uint32_t((to - from) / 1000), .value = permille}, 2);
        if (to == end)
            break;
    }

    // In time order (seq follows), the samples after what they measured at the same time.
    std::stable_sort(events.begin(), events.end(), [](const Pending &a, const Pending &b) { return a.t < b.t; });
    std::unordered_map<std::uint32_t, std::uint64_t> foreignFlow;
    std::uint64_t timerFlow = 0;
    for (const Pending &p : events) {
        Event e;
        e.seq = d.events.size() + 1;
        e.t = p.t;
        e.kind = p.kind;
        e.thread = p.thread;
        e.id = p.f.id;
        e.id2 = p.f.id2;
        e.value = p.f.value;
        e.str = p.f.str;
        e.flow = p.f.flow == Recorder::kNewFlow ? e.seq : p.f.flow;
        // The chains of causes: the timer's and the foreign call's.
        if (e.kind == Kind::TimerScheduled)
            timerFlow = e.seq;
        else if (e.kind == Kind::TimerFired || (e.kind == Kind::Wake && e.value == int(WakeCause::Timer)))
            e.flow = timerFlow;
        if (e.kind == Kind::ForeignCallQueued)
            foreignFlow[e.id] = e.seq;
        else if (e.kind == Kind::ForeignCallInvoked || e.kind == Kind::ForeignCallReleased)
            e.flow = foreignFlow[e.id];
        else if (e.kind == Kind::CallbackStart || e.kind == Kind::CallbackEnd)
            e.flow = foreignFlow[e.id2];
        else if (e.kind == Kind::Wake && e.value == int(WakeCause::ForeignCall))
            e.flow = foreignFlow[1];
        d.events.push_back(e);
    }
    d.formatVersion = kFormatVersion;
    d.complete = true;
    TraceMeta meta;
    meta.profile = QStringLiteral("synthetic");
    meta.scriptPath = QStringLiteral("/spin.js");
    d.meta = metaRows(meta);
    d.meta[QLatin1String(metakey::complete)] = QStringLiteral("1");
    d.meta[QStringLiteral("exit_reason")] = QStringLiteral("completed");
    return d;
}

TraceData syntheticTrace(const SyntheticOptions &options)
{
    TraceData data;
    Generator(options, data).run();
    data.formatVersion = kFormatVersion;
    data.complete = true;
    TraceMeta meta;
    meta.profile = QStringLiteral("synthetic");
    meta.scriptPath = QStringLiteral("/synthetic.ts");
    data.meta = metaRows(meta);
    data.meta[QLatin1String(metakey::complete)] = QStringLiteral("1");
    return data;
}

} // namespace loopscope::trace
