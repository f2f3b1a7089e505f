// Tracing figures (docs/trace-format.md, "Performance"): the recorder's cost per event on the
// hot path, the writer's throughput, bytes per event on disk, and the time to load 1 M events.
//
//   cmake --build --preset release --target bench_trace
//
// Prints one line per figure. Medians of a few repetitions where a figure is short.
#include "trace/recorder.h"
#include "trace/replay.h"
#include "trace/synthetic.h"
#include "trace/tracefile.h"
#include "trace/tracewriter.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <time.h>

using namespace loopscope::trace;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

// CPU time of the calling thread: a producer descheduled on a busy machine does not count.
double threadSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Keeps the recorder drained, as the writer would, without writing anything.
class Drainer
{
public:
    explicit Drainer(Recorder &recorder)
        : m_batch(std::size_t(2) << 20) // touched now: page faults while it grows would slow drains
        , m_thread([this, &recorder] {
            while (!m_stop.load(std::memory_order_acquire)) {
                m_batch.clear();
                recorder.drain(m_batch);
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        })
    {
    }
    ~Drainer()
    {
        m_stop.store(true, std::memory_order_release);
        m_thread.join();
    }

private:
    std::vector<Event> m_batch;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// Touches every chunk the recorder may use once, so that page faults of first use (slow in a
// VM) do not count as recording cost.
void warmUp(Recorder &recorder)
{
    std::vector<Event> batch;
    batch.reserve(1 << 20);
    for (int i = 0; i < (1 << 20) - 1024; ++i)
        recorder.record(Kind::Ref);
    recorder.drain(batch);
}

// ns per record() call on one thread, the cost the engine pays, with `perDrain` events between
// two drains (not timed: the consumer runs on another thread). A drain gives the chunks back,
// and the next events go to the same memory: with 16 k events (640 KB) it stays in the CPU's
// cache, as in a recording whose writer keeps up (it drains every 100 ms: 16 k events is 160 k
// events/s); with 500 k (20 MB) it does not.
double recordAlone(std::size_t perDrain)
{
    Recorder recorder;
    warmUp(recorder);
    std::vector<Event> batch;
    batch.reserve(1 << 20);
    std::vector<double> runs;
    for (int r = 0; r < 9; ++r) {
        constexpr std::size_t n = 500'000;
        double ns = 0;
        for (std::size_t done = 0; done < n; done += perDrain) {
            const auto begin = Clock::now();
            for (std::size_t i = done; i < done + perDrain; ++i)
                recorder.record(Kind::MicrotaskRunStart, {.id = std::uint32_t(i), .flow = i});
            ns += seconds(begin, Clock::now()) * 1e9;
            batch.clear();
            recorder.drain(batch);
        }
        runs.push_back(ns / double(n));
    }
    return median(runs);
}

// ns per event of drain(), the consumer's side, for events of `threads` threads that recorded
// in turns (so that the batch interleaves them), every tenth event continuing another thread's
// flow.
double drainCost(int threads)
{
    std::vector<double> runs;
    for (int r = 0; r < 5; ++r) {
        Recorder recorder;
        warmUp(recorder);
        constexpr std::size_t perThread = 900'000;
        std::atomic<std::uint64_t> flow{0};
        std::vector<std::thread> producers;
        for (int t = 0; t < threads; ++t) {
            producers.emplace_back([&] {
                for (std::size_t i = 0; i < perThread / threads; ++i) {
                    if (i % 10 == 0)
                        flow = recorder.record(Kind::ForeignCallQueued, {.flow = Recorder::kNewFlow});
                    else
                        recorder.record(Kind::CallbackStart, {.id = std::uint32_t(i), .flow = i % 10 == 5 ? flow.load() : 0});
                }
            });
        }
        for (auto &p : producers)
            p.join();
        std::vector<Event> batch(perThread + 16); // touched: no page faults in the figure
        batch.clear();
        const auto begin = Clock::now();
        const std::size_t n = recorder.drain(batch);
        runs.push_back(seconds(begin, Clock::now()) * 1e9 / double(std::max<std::size_t>(n, 1)));
    }
    return median(runs);
}

// CPU ns per record() call with `threads` producers and a consumer draining every 2 ms. With
// more producers than cores left for the consumer, producers out-run it and events are lost
// (counted): that shows the bound working, not a cost.
double recordCost(int threads, std::size_t perThread, std::uint64_t *lost)
{
    Recorder recorder;
    warmUp(recorder);
    Drainer drainer(recorder);
    std::vector<double> perThreadNs(static_cast<std::size_t>(threads));
    std::vector<std::thread> producers;
    for (int t = 0; t < threads; ++t) {
        producers.emplace_back([&, t] {
            const double begin = threadSeconds();
            for (std::size_t i = 0; i < perThread; ++i)
                recorder.record(Kind::MicrotaskRunStart, {.id = std::uint32_t(i), .flow = i});
            perThreadNs[std::size_t(t)] = (threadSeconds() - begin) * 1e9 / double(perThread);
        });
    }
    for (auto &p : producers)
        p.join();
    *lost = recorder.lostCount();
    return median(perThreadNs);
}

void hotPath()
{
    constexpr int kReps = 5;
    std::vector<double> ticks, steady;
    for (int r = 0; r < kReps; ++r) {
        constexpr int n = 5'000'000;
        std::int64_t sink = 0;
        auto begin = Clock::now();
        for (int i = 0; i < n; ++i)
            sink += clockTicks();
        ticks.push_back(seconds(begin, Clock::now()) * 1e9 / n);
        begin = Clock::now();
        for (int i = 0; i < n; ++i)
            sink += steadyNs();
        steady.push_back(seconds(begin, Clock::now()) * 1e9 / n);
        if (sink == 42)
            std::puts("");
    }
    std::printf("clock read (%s)                 %6.1f ns\n", g_clockUsesTsc ? "tsc   " : "steady", median(ticks));
    std::printf("steady_clock::now                  %6.1f ns\n", median(steady));

    std::printf("record(), 1 thread, 16 k per drain %6.1f ns/event (buffers in cache)\n", recordAlone(16'384));
    std::printf("record(), 1 thread, 500 k per drain%6.1f ns/event (buffers out of cache)\n", recordAlone(500'000));
    std::printf("drain(), 1 thread                  %6.1f ns/event\n", drainCost(1));
    std::printf("drain(), 4 threads interleaved     %6.1f ns/event\n", drainCost(4));
    for (const int threads : {1, 2, 4}) {
        std::vector<double> runs;
        std::uint64_t lost = 0, lostTotal = 0;
        for (int r = 0; r < kReps; ++r) {
            runs.push_back(recordCost(threads, 4'000'000 / std::size_t(threads), &lost));
            lostTotal += lost;
        }
        std::printf("record(), %d thread%s, draining     %6.1f ns/event (%llu lost)\n", threads,
                    threads > 1 ? "s" : " ", median(runs), static_cast<unsigned long long>(lostTotal));
    }
}

void fileFigures(const QString &dir)
{
    for (const double gap : {300.0, 10'000.0}) {
        const TraceData data = syntheticTrace({.events = 1'000'000, .meanGapNs = gap});
        const QString path = QDir(dir).filePath(QStringLiteral("bench.lstrace"));
        QString error;
        auto begin = Clock::now();
        if (!writeTrace(path, data, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return;
        }
        const double write = seconds(begin, Clock::now());
        const double bytes = double(QFileInfo(path).size()) / double(data.events.size());
        std::vector<double> loads;
        for (int r = 0; r < 3; ++r) {
            TraceData back;
            begin = Clock::now();
            if (!readTrace(path, &back, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return;
            }
            loads.push_back(seconds(begin, Clock::now()));
        }
        std::printf("1M events over %4.1f s: %5.2f bytes/event, write %4.0f k events/s, open+load %4.0f ms\n",
                    double(data.events.back().t) / 1e9, bytes, 1e-3 * double(data.events.size()) / write,
                    median(loads) * 1e3);
    }
}

// The live path: one thread records as fast as it can while a TraceWriter commits every 100 ms.
// What the writer cannot keep up with is buffered (1 M events), then counted as lost.
void liveWriter(const QString &dir)
{
    auto recorder = std::make_shared<Recorder>();
    TraceWriter writer(recorder);
    QString error;
    if (!writer.start(QDir(dir).filePath(QStringLiteral("live.lstrace")), {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const auto begin = Clock::now();
    constexpr std::size_t kBursts = 40, kBurst = 50'000;
    for (std::size_t b = 0; b < kBursts; ++b) {
        for (std::size_t i = 0; i < kBurst; ++i)
            recorder->record(Kind::CallbackStart, {.id = std::uint32_t(b), .id2 = std::uint32_t(i), .value = 1});
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    writer.finish();
    const double elapsed = seconds(begin, Clock::now());
    const auto stats = writer.stats();
    std::printf("live writer: %llu events in %.2f s (%.0f k events/s), %llu batches, %llu lost\n",
                static_cast<unsigned long long>(stats.eventsWritten), elapsed,
                1e-3 * double(stats.eventsWritten) / elapsed, static_cast<unsigned long long>(stats.batches),
                static_cast<unsigned long long>(recorder->lostCount()));
}

} // namespace

// Replay at 1 M events: building the snapshots, then stepping forward and backward from random
// positions (what the inspector does when the user steps).
void replayFigures()
{
    using Clock = std::chrono::steady_clock;
    const TraceData data = syntheticTrace({});
    const auto t0 = Clock::now();
    const Replay replay(data);
    const double buildMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    std::vector<double> steps;
    std::uint64_t x = 88172645463325252ull; // xorshift: the same positions every run
    std::size_t sink = 0;
    for (int i = 0; i < 2000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const std::size_t at = std::size_t(x % (data.events.size() - 2)) + 1;
        const auto s0 = Clock::now();
        sink += replay.stateAt(i % 2 ? at - 1 : at + 1).microtasks.size(); // one step back or forward
        steps.push_back(std::chrono::duration<double, std::milli>(Clock::now() - s0).count());
    }
    std::sort(steps.begin(), steps.end());
    std::printf("replay, 1M events: build %.0f ms; one step: median %.3f ms, p99 %.3f ms, max %.3f ms (%zu)\n",
                buildMs, steps[steps.size() / 2], steps[steps.size() * 99 / 100], steps.back(), sink % 2);
}

int main()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    hotPath();
    fileFigures(dir.path());
    liveWriter(dir.path());
    replayFigures();
    return 0;
}
