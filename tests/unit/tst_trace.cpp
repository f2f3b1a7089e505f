// The trace event model and the recorder, without a file: names, interning, many producers
// against one consumer, overflow accounting, threads that end, the clock, the CPU sampler.
#include "trace/background.h"
#include "trace/cpusampler.h"
#include "trace/event.h"
#include "trace/recorder.h"
#include "trace/stringtable.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <set>
#include <thread>

#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace loopscope::trace;

namespace loopscope::trace {
// Records with chosen clock ticks, as if the thread had read the clock then.
struct RecorderTestAccess {
    static std::uint64_t recordAt(Recorder &recorder, std::int64_t ticks, Kind kind, const Fields &fields = {})
    {
        return recorder.store(recorder.currentBuffer(), kind, fields, [ticks] { return ticks; });
    }
};
} // namespace loopscope::trace

namespace {

// Drains on a thread of its own until told to stop, then once more.
class Consumer
{
public:
    explicit Consumer(Recorder &recorder, std::size_t expected)
        : events(reserved(expected))
        , m_thread([this, &recorder] {
            while (!m_stop.load(std::memory_order_acquire)) {
                recorder.drain(events);
                ++drains;
                std::this_thread::yield();
            }
            recorder.drain(events);
        })
    {
    }
    void stop()
    {
        m_stop.store(true, std::memory_order_release);
        m_thread.join();
    }

    std::vector<Event> events;
    int drains = 0;

private:
    // Reserved up front: page faults while the vector grows would make one drain take longer
    // than the producers, and the test would not see drains interleave with them.
    static std::vector<Event> reserved(std::size_t n)
    {
        std::vector<Event> v(n); // touches every page
        v.clear();
        return v;
    }

    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

class TestTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventLayout()
    {
        QCOMPARE(sizeof(Event), std::size_t(48));
        QVERIFY(std::is_trivially_copyable_v<Event>);
    }

    void kindNames()
    {
        std::set<std::string> seen;
        for (int k = 1; k < int(Kind::Count); ++k) {
            const std::string name = kindName(Kind(k));
            QVERIFY2(name != "unknown" && !name.empty(), name.c_str());
            QVERIFY2(seen.insert(name).second, name.c_str());
            QCOMPARE(kindFromName(name.c_str()), Kind(k));
        }
        QCOMPARE(kindFromName("no_such_kind"), Kind::None);
        QCOMPARE(QLatin1String(kindName(Kind(200))), QLatin1String("unknown"));
    }

    void valueNames_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("name");
        QTest::newRow("phase") << int(Kind::LoopPhase) << int(Phase::Timers) << "timers";
        QTest::newRow("wake") << int(Kind::Wake) << int(WakeCause::ForeignCall) << "foreign_call";
        QTest::newRow("source") << int(Kind::MicrotaskEnqueued) << int(MicrotaskSource::Thenable) << "thenable";
        QTest::newRow("callback") << int(Kind::CallbackStart) << int(CallbackKind::ThreadSafe) << "threadsafe";
        QTest::newRow("diagnostic") << int(Kind::Diagnostic) << int(DiagnosticKind::CallAfterClose) << "call_after_close";
        QTest::newRow("hang") << int(Kind::Diagnostic) << int(DiagnosticKind::Hang) << "hang";
        QTest::newRow("spin") << int(Kind::Idle) << int(kIdleSpin) << "spin";
        QTest::newRow("idle without timeout") << int(Kind::Idle) << int(kIdleNoTimeout) << QString();
        QTest::newRow("idle timeout") << int(Kind::Idle) << 0 << QString();
        QTest::newRow("exit") << int(Kind::RunEnd) << 7 << "timed_out";
        QTest::newRow("stream") << int(Kind::ConsoleOutput) << 1 << "stderr";
        QTest::newRow("not enumerated") << int(Kind::Ref) << 1 << QString();
        QTest::newRow("out of range") << int(Kind::LoopPhase) << 99 << QString();
        QTest::newRow("negative") << int(Kind::Wake) << -1 << QString();
    }
    void valueNames()
    {
        QFETCH(int, kind);
        QFETCH(int, value);
        QFETCH(QString, name);
        const char *got = valueName(Kind(kind), value);
        QCOMPARE(got ? QString::fromLatin1(got) : QString(), name);
    }

    // The numbers are stored in files: they never change.
    void storedNumbers()
    {
        QCOMPARE(int(Kind::CpuUsage), 33);
        QCOMPARE(QLatin1String(kindName(Kind::CpuUsage)), QLatin1String("cpu_usage"));
        QCOMPARE(int(DiagnosticKind::Hang), 4);
        QCOMPARE(kIdleSpin, std::int64_t(-2));
        // Every named value is listed for the file's value_names table, the spin too.
        const auto idle = namedValues(Kind::Idle);
        QCOMPARE(idle.size(), std::size_t(1));
        QCOMPARE(idle[0].first, kIdleSpin);
        const auto diagnostics = namedValues(Kind::Diagnostic);
        QCOMPARE(diagnostics.size(), std::size_t(5));
        QCOMPARE(QLatin1String(diagnostics.back().second), QLatin1String("hang"));
        for (ThreadKind k : {ThreadKind::Engine, ThreadKind::Native, ThreadKind::Pool, ThreadKind::Sampler})
            QCOMPARE(threadKindFromName(QString::fromLatin1(threadKindName(k))), k);
        QCOMPARE(threadKindFromName(QStringLiteral("from the future")), ThreadKind::Native);
        QVERIFY(!isShownThread(ThreadKind::Sampler));
        QVERIFY(isShownThread(ThreadKind::Engine) && isShownThread(ThreadKind::Native) && isShownThread(ThreadKind::Pool));
    }

    void stringTable()
    {
        StringTable table;
        QCOMPARE(table.intern(QString()), 0u);
        QCOMPARE(table.size(), 1u);
        const auto a = table.intern(QStringLiteral("ffi_add"));
        QCOMPARE(a, 1u);
        QCOMPARE(table.intern(QStringLiteral("ffi_add")), a);
        QCOMPARE(table.text(a), QStringLiteral("ffi_add"));
        QCOMPARE(table.text(999), QString());

        // Four threads intern overlapping texts: one id per text, ids dense.
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&table, t] {
                for (int i = 0; i < 2000; ++i)
                    table.intern(QString::number((i * (t + 1)) % 3000));
            });
        }
        for (auto &t : threads)
            t.join();
        std::vector<QString> all;
        QCOMPARE(table.copySince(0, all), table.size());
        QCOMPARE(std::set<QString>(all.begin(), all.end()).size(), all.size());
        for (std::uint32_t id = 1; id < table.size(); ++id)
            QCOMPARE(table.intern(all[id]), id);
    }

    void recordAndDrain()
    {
        Recorder recorder;
        QCOMPARE(recorder.registerThread(ThreadKind::Engine, QStringLiteral("main")), std::uint16_t(0));
        const std::uint32_t sym = recorder.intern(QStringLiteral("add"));
        const std::uint64_t flow = recorder.record(Kind::MicrotaskEnqueued,
                                                   {.id = 7, .id2 = 9, .value = 2, .flow = Recorder::kNewFlow});
        QVERIFY(flow > 0);
        QVERIFY(recorder.record(Kind::NativeCallStart, {.id = 3, .str = sym}) > 0);
        QVERIFY(recorder.record(Kind::MicrotaskRunStart, {.id = 7, .flow = flow}) > 0);

        std::vector<Event> events;
        QCOMPARE(recorder.drain(events), std::size_t(3));
        for (std::size_t i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].seq, std::uint64_t(i + 1));
        QCOMPARE(events[0].kind, Kind::MicrotaskEnqueued);
        QCOMPARE(events[0].flow, events[0].seq);
        QCOMPARE(events[0].id, 7u);
        QCOMPARE(events[0].id2, 9u);
        QCOMPARE(events[0].value, 2);
        QCOMPARE(events[1].str, sym);
        QCOMPARE(events[1].flow, 0u);
        QCOMPARE(events[2].flow, events[0].seq);
        for (const Event &e : events)
            QCOMPARE(e.thread, std::uint16_t(0));
        QVERIFY(events[0].t <= events[1].t && events[1].t <= events[2].t);
        QCOMPARE(recorder.drain(events), std::size_t(0));

        const auto threads = recorder.threads();
        QCOMPARE(threads.size(), std::size_t(1));
        QCOMPARE(threads[0].name, QStringLiteral("main"));
        QCOMPARE(threads[0].kind, ThreadKind::Engine);
    }

    // 8 threads x 100 000 events against a consumer that drains as they go: every seq once,
    // each thread's events in its order, batches sorted.
    void manyProducers()
    {
        constexpr int kThreads = 8;
        constexpr std::uint32_t kPerThread = 100'000;
        Recorder recorder;
        Consumer consumer(recorder, std::size_t(kThreads) * kPerThread + 1);
        std::vector<std::thread> producers;
        for (int t = 0; t < kThreads; ++t) {
            producers.emplace_back([&recorder, t] {
                recorder.registerThread(ThreadKind::Native, QStringLiteral("producer %1").arg(t));
                for (std::uint32_t i = 0; i < kPerThread; ++i) {
                    recorder.record(Kind::CallbackStart, {.id = std::uint32_t(t), .id2 = i, .value = t * 1'000'000 + i});
                    // Lets the consumer in while chunks are half written.
                    if (i % 1000 == 0)
                        std::this_thread::sleep_for(std::chrono::microseconds(100));
                }
            });
        }
        for (auto &p : producers)
            p.join();
        consumer.stop();

        const std::vector<Event> &events = consumer.events;
        QCOMPARE(recorder.lostCount(), 0u);
        QCOMPARE(events.size(), std::size_t(kThreads) * kPerThread);
        QCOMPARE(recorder.recordedCount(), std::uint64_t(events.size()));
        std::vector<bool> seen(events.size() + 1, false);
        std::vector<std::int64_t> next(kThreads, 0);
        std::vector<std::int64_t> lastT(kThreads, 0);
        std::vector<Event> sorted = events;
        std::sort(sorted.begin(), sorted.end(), [](const Event &a, const Event &b) { return a.seq < b.seq; });
        for (const Event &e : sorted) {
            QVERIFY(e.seq >= 1 && e.seq <= events.size());
            QVERIFY2(!seen[e.seq], "a seq came twice");
            seen[e.seq] = true;
            const auto t = std::size_t(e.id);
            QVERIFY(t < std::size_t(kThreads));
            // Per-thread order: the thread's counter rises by one with each seq.
            QCOMPARE(std::int64_t(e.id2), next[t]);
            QCOMPARE(e.value, std::int64_t(t) * 1'000'000 + e.id2);
            ++next[t];
            QVERIFY(e.t >= lastT[t]);
            lastT[t] = e.t;
        }
        const auto threads = recorder.threads();
        QCOMPARE(threads.size(), std::size_t(kThreads));
        qInfo("%d drains", consumer.drains);
        QVERIFY(consumer.drains > 1);
    }

    // Two threads hand a token back and forth 20 000 times; each records an event that
    // continues the other's last flow and starts one of its own before handing over. Drained
    // while they run, the events come in the order of the hand-overs, each flow naming the
    // event just before it: the clock order across threads is the order synchronisation makes.
    void orderAcrossThreads()
    {
        constexpr int kRounds = 20'000;
        Recorder recorder;
        Consumer consumer(recorder, 2 * kRounds + 1);
        std::atomic<int> turn{0};
        std::atomic<std::uint64_t> token{0};
        const auto player = [&](int me) {
            for (int round = me; round < kRounds; round += 2) {
                while (turn.load(std::memory_order_acquire) != round)
                    std::this_thread::yield();
                const std::uint64_t next = recorder.record(
                    Kind::ForeignCallQueued,
                    {.id = std::uint32_t(round), .flow = token.load(std::memory_order_relaxed)});
                QVERIFY(next > 0);
                token.store(recorder.record(Kind::ForeignCallInvoked,
                                            {.id = std::uint32_t(round), .flow = Recorder::kNewFlow}),
                            std::memory_order_relaxed);
                turn.store(round + 1, std::memory_order_release);
            }
        };
        std::thread a(player, 0), b(player, 1);
        a.join();
        b.join();
        consumer.stop();
        const std::vector<Event> &events = consumer.events;
        QCOMPARE(events.size(), std::size_t(2 * kRounds));
        for (std::size_t i = 0; i < events.size(); ++i) {
            const Event &e = events[i];
            QCOMPARE(e.seq, std::uint64_t(i + 1));
            QCOMPARE(e.id, std::uint32_t(i / 2));
            QCOMPARE(e.thread, std::uint16_t((i / 2) % 2));
            if (i % 2 == 1)
                QCOMPARE(e.flow, e.seq); // starts a flow
            else
                QCOMPARE(e.flow, i == 0 ? 0 : e.seq - 1); // continues the one before
        }
        qInfo("%d drains", consumer.drains);
    }

    // An event whose clock reads earlier than its cause's (clocks of two cores a few ns apart)
    // waits for the cause: seqs never put an effect first. If the cause lies past the end of
    // the batch, the effect and what follows on its thread wait for the next batch; other
    // threads' events go on.
    void effectWaitsForItsCause()
    {
        Recorder recorder;
        const std::int64_t t0 = clockTicks();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        const std::int64_t perMs = std::max<std::int64_t>((clockTicks() - t0) / 10, 1);
        const auto recordAt = [&](std::int64_t ticks, Kind kind, const Fields &fields = {}) {
            return RecorderTestAccess::recordAt(recorder, ticks, kind, fields);
        };

        // The cause on another thread, read 1 ms later than its effect here.
        const std::int64_t now = clockTicks();
        std::uint64_t cause = 0;
        std::thread([&] { cause = recordAt(now, Kind::NonblockingComplete, {.id = 1, .flow = Recorder::kNewFlow}); }).join();
        recordAt(now - perMs, Kind::NonblockingResolve, {.id = 1, .flow = cause});
        recordAt(now - perMs / 2, Kind::Ref, {.id = 2});
        std::vector<Event> events;
        QCOMPARE(recorder.drain(events), std::size_t(3));
        QCOMPARE(events[0].kind, Kind::NonblockingComplete);
        QCOMPARE(events[1].kind, Kind::NonblockingResolve);
        QCOMPARE(events[1].flow, events[0].seq);
        QCOMPARE(events[2].kind, Kind::Ref);

        // A cause read 50 ms from now, by a thread still running: past this batch's end.
        events.clear();
        std::atomic<bool> release{false};
        std::atomic<std::uint64_t> late{0};
        std::thread lateThread([&] {
            late = recordAt(clockTicks() + 50 * perMs, Kind::ForeignCallQueued, {.id = 3, .flow = Recorder::kNewFlow});
            while (!release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        while (late.load() == 0)
            std::this_thread::yield();
        recordAt(clockTicks(), Kind::ForeignCallInvoked, {.id = 3, .flow = late.load()});
        recordAt(clockTicks(), Kind::Unref, {.id = 4});
        std::thread([&] { recorder.record(Kind::Ref, {.id = 5}); }).join();
        QCOMPARE(recorder.drain(events), std::size_t(1));
        QCOMPARE(events[0].id, 5u);
        std::this_thread::sleep_for(std::chrono::milliseconds(80));
        QCOMPARE(recorder.drain(events), std::size_t(3));
        QCOMPARE(events[1].kind, Kind::ForeignCallQueued);
        QCOMPARE(events[2].kind, Kind::ForeignCallInvoked);
        QCOMPARE(events[2].flow, events[1].seq);
        QCOMPARE(events[3].kind, Kind::Unref);
        for (std::size_t i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].seq, events[0].seq + i);
        release = true;
        lateThread.join();
    }

    // A flow that is no token of this recorder (another recorder's, or made up) does not hold
    // the thread's events back: the event goes without it.
    void unknownFlow()
    {
        Recorder recorder;
        Recorder other;
        const std::uint64_t foreign = other.record(Kind::Ref, {.flow = Recorder::kNewFlow});
        std::thread([&] { other.record(Kind::Ref, {.flow = Recorder::kNewFlow}); }).join();
        const std::uint64_t started = recorder.record(Kind::Ref, {.flow = Recorder::kNewFlow});
        recorder.record(Kind::Unref, {.id = 1, .flow = (std::uint64_t(7) << 40) | 1}); // no thread 7
        recorder.record(Kind::Unref, {.id = 2, .flow = started + 5});                  // not started
        recorder.record(Kind::Unref, {.id = 3, .flow = foreign + 1});
        recorder.record(Kind::Unref, {.id = 4, .flow = started});
        std::vector<Event> events;
        QCOMPARE(recorder.drain(events), std::size_t(5));
        QCOMPARE(events[1].flow, 0u);
        QCOMPARE(events[2].flow, 0u);
        QCOMPARE(events[3].flow, 0u);
        QCOMPARE(events[4].flow, events[0].seq);
    }

    // Numbers go on across batches, and recordedCount() counts what is still buffered.
    void seqAcrossBatches()
    {
        Recorder recorder;
        std::vector<Event> events;
        for (int batch = 0; batch < 3; ++batch) {
            for (int i = 0; i < 1500; ++i)
                recorder.record(Kind::Ref, {.value = i});
            QCOMPARE(recorder.recordedCount(), std::uint64_t(1500 * (batch + 1)));
            recorder.drain(events);
        }
        QCOMPARE(events.size(), std::size_t(4500));
        for (std::size_t i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].seq, std::uint64_t(i + 1));
        QCOMPARE(recorder.recordedCount(), std::uint64_t(4500));
        QCOMPARE(recorder.numberedCount(), std::uint64_t(4500));
    }

    // A bounded buffer that nobody drains: what does not fit is counted, reported once as
    // EventsLost, and recording resumes after a drain.
    void overflowIsCounted()
    {
        Recorder recorder(Recorder::Options{.maxBufferedEvents = 4096});
        for (std::uint32_t i = 0; i < 10'000; ++i)
            recorder.record(Kind::Ref, {.id = i});
        QCOMPARE(recorder.lostCount(), 10'000u - 4096u);
        std::vector<Event> events;
        recorder.drain(events);
        QCOMPARE(events.size(), std::size_t(4096 + 1));
        for (std::size_t i = 0; i < 4096; ++i) {
            QCOMPARE(events[i].id, std::uint32_t(i));
            QCOMPARE(events[i].seq, std::uint64_t(i + 1));
        }
        const Event &lost = events.back();
        QCOMPARE(lost.kind, Kind::EventsLost);
        QCOMPARE(lost.value, 10'000 - 4096);
        QCOMPARE(lost.thread, std::uint16_t(0));

        events.clear();
        QVERIFY(recorder.record(Kind::Unref) > 0);
        recorder.drain(events);
        QCOMPARE(events.size(), std::size_t(1)); // reported once, not again
        QCOMPARE(events[0].kind, Kind::Unref);
    }

    // Each thread gets its first chunk whatever the limit: 120 threads alive at once need more
    // chunks than the recorder's region holds for a limit of one chunk, and take the rest from
    // the heap. Nothing is lost, everything drains.
    void moreThreadsThanTheRegionHolds()
    {
        constexpr int kThreads = 120;
        Recorder recorder(Recorder::Options{.maxBufferedEvents = 1024, .preparedEvents = 0});
        std::atomic<int> recorded{0};
        std::atomic<bool> release{false};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 5; ++i)
                    QVERIFY(recorder.record(Kind::Ref, {.id = std::uint32_t(t), .value = i}) > 0);
                recorded.fetch_add(1);
                while (!release.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
            });
        }
        while (recorded.load() < kThreads)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::vector<Event> events;
        QCOMPARE(recorder.drain(events), std::size_t(5 * kThreads));
        release = true;
        for (auto &t : threads)
            t.join();
        QCOMPARE(recorder.lostCount(), 0u);
        std::vector<int> next(kThreads, 0);
        for (const Event &e : events)
            QCOMPARE(e.value, std::int64_t(next[e.id]++));
        QCOMPARE(recorder.drain(events), std::size_t(0)); // the ended threads are forgotten
    }

    // Threads that end are drained to the last event and forgotten; their names stay.
    void threadsThatEnd()
    {
        Recorder recorder(Recorder::Options{.maxBufferedEvents = 8 * 1024});
        std::vector<Event> events;
        for (int round = 0; round < 20; ++round) {
            std::thread t([&recorder] {
                for (int i = 0; i < 3000; ++i)
                    recorder.record(Kind::ForeignCallQueued, {.id = std::uint32_t(i)});
            });
            t.join();
            recorder.drain(events);
        }
        // 20 threads x 3 chunks would overflow 8 chunks if ended threads kept theirs.
        QCOMPARE(recorder.lostCount(), 0u);
        QCOMPARE(events.size(), std::size_t(20 * 3000));
        QCOMPARE(recorder.threads().size(), std::size_t(20));
    }

    // Two recorders in a row on one thread, and one thread alternating between two.
    void severalRecorders()
    {
        auto a = std::make_unique<Recorder>();
        a->record(Kind::Ref);
        a.reset();
        Recorder b, c;
        for (int i = 0; i < 3; ++i) {
            b.record(Kind::Ref, {.value = i});
            c.record(Kind::Unref, {.value = i});
        }
        std::vector<Event> eb, ec;
        QCOMPARE(b.drain(eb), std::size_t(3));
        QCOMPARE(c.drain(ec), std::size_t(3));
        QCOMPARE(eb[2].kind, Kind::Ref);
        QCOMPARE(ec[2].value, 2);
        QCOMPARE(b.threads().size(), std::size_t(1));
    }

    // Times are ns since the recorder started, on the steady clock's scale.
    void clock()
    {
        Recorder recorder;
        QElapsedTimer timer;
        timer.start();
        recorder.record(Kind::RunStart);
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        recorder.record(Kind::RunEnd);
        const std::int64_t elapsed = timer.nsecsElapsed();
        std::vector<Event> events;
        recorder.drain(events);
        QCOMPARE(events.size(), std::size_t(2));
        QVERIFY(events[0].t >= 0 && events[0].t < 5'000'000);
        const std::int64_t span = events[1].t - events[0].t;
        QVERIFY2(span >= 29'000'000 && span <= elapsed + 1'000'000, qPrintable(QString::number(span)));
    }

    // A thread registered before it ever recorded is listed with its kind and name from the
    // start; currentThreadIndex() names the calling thread.
    void registration()
    {
        Recorder recorder;
        QCOMPARE(recorder.currentThreadIndex(), std::uint16_t(0)); // registers this thread
        QCOMPARE(recorder.threads()[0].kind, ThreadKind::Native);
        QCOMPARE(recorder.registerThread(ThreadKind::Engine, QStringLiteral("main")), std::uint16_t(0));
        QCOMPARE(recorder.currentThreadIndex(), std::uint16_t(0));
        const std::uint64_t version = recorder.threadsVersion();
        recorder.registerThread(ThreadKind::Engine, QStringLiteral("main")); // no change
        QCOMPARE(recorder.threadsVersion(), version);
        std::uint16_t index = 0, current = 0;
        std::thread t([&] {
            index = recorder.registerThread(ThreadKind::Sampler, QStringLiteral("cpu sampler"));
            current = recorder.currentThreadIndex();
        });
        t.join();
        QCOMPARE(index, std::uint16_t(1));
        QCOMPARE(current, index);
        const auto threads = recorder.threads();
        QCOMPARE(threads.size(), std::size_t(2));
        QCOMPARE(threads[1].kind, ThreadKind::Sampler);
        QCOMPARE(threads[1].name, QStringLiteral("cpu sampler"));
        QVERIFY(recorder.threadsVersion() > version);
        // A thread that just records is "thread N", N not counting the sampler: the names of
        // the script's threads do not depend on CPU sampling.
        std::thread native([&] { recorder.record(Kind::ForeignCallQueued); });
        native.join();
        QCOMPARE(recorder.threads().size(), std::size_t(3));
        QCOMPARE(recorder.threads()[2].kind, ThreadKind::Native);
        QCOMPARE(recorder.threads()[2].name, QStringLiteral("thread 1"));
    }

    // The CPU sampler on a thread that spins and on one that sleeps. The samples must add up to
    // the CPU time the kernel counted for the thread (its own CPU clock, read by the thread around
    // its work); no bound depends on how much of a core the thread got, because the machine may
    // be shared and the VM descheduled (a spinning thread got 15–25 % of a core here while other
    // tests ran under ThreadSanitizer).
    void cpuSampler_data()
    {
        QTest::addColumn<bool>("busy");
        QTest::newRow("busy") << true;
        QTest::newRow("sleeping") << false;
    }
    void cpuSampler()
    {
        QFETCH(bool, busy);
        Recorder recorder;
        recorder.registerThread(ThreadKind::Engine, QStringLiteral("main"));
        std::uint16_t sampled = 0, samplerSampled = 0;
        bool started = false, running = false, stopped = false;
        std::int64_t workerCpuNs = 0;
        // Checked on the test's thread, after the join.
        std::thread worker([&] {
            const auto threadCpuNs = [] {
                timespec ts{};
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
                return std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
            };
            sampled = recorder.registerThread(ThreadKind::Native, QStringLiteral("worker"));
            CpuSampler sampler(recorder, std::chrono::milliseconds(20));
            started = sampler.startForCurrentThread();
            const std::int64_t cpuBefore = threadCpuNs();
            running = sampler.isRunning();
            samplerSampled = sampler.sampledThread();
            if (busy) {
                // 200 ms of CPU, however long that takes (at most 20 s of wall time).
                const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
                volatile std::uint64_t x = 0;
                while (threadCpuNs() - cpuBefore < 200'000'000 && std::chrono::steady_clock::now() < deadline)
                    x = x + 1;
            } else {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
            workerCpuNs = threadCpuNs() - cpuBefore;
            sampler.stop();
            stopped = !sampler.isRunning();
            sampler.stop(); // idempotent
        });
        worker.join();
        QVERIFY(started && running && stopped);
        QCOMPARE(samplerSampled, sampled);
        std::vector<Event> events;
        recorder.drain(events);
        const auto threads = recorder.threads();
        QCOMPARE(threads.size(), std::size_t(3)); // main, worker, the sampler
        std::vector<std::int64_t> samples;
        std::int64_t coveredNs = 0, sampledCpuNs = 0;
        for (const Event &e : events) {
            QCOMPARE(e.kind, Kind::CpuUsage);
            // Recorded by the sampler thread, about the worker.
            QVERIFY(e.thread < threads.size());
            QCOMPARE(threads[e.thread].kind, ThreadKind::Sampler);
            QCOMPARE(threads[e.thread].name, QStringLiteral("cpu sampler"));
            QCOMPARE(e.id, std::uint32_t(sampled));
            QVERIFY2(e.value >= 0 && e.value <= 1000, qPrintable(QString::number(e.value)));
            QVERIFY(e.id2 > 0);
            samples.push_back(e.value);
            coveredNs += std::int64_t(e.id2) * 1000;
            sampledCpuNs += e.value * std::int64_t(e.id2); // per mille of µs: ns
        }
        QVERIFY2(samples.size() >= 2, qPrintable(QString::number(samples.size())));
        // The samples cover the time sampled, one after the other (the last one at stop()).
        QVERIFY2(coveredNs > 150'000'000 && coveredNs < 30'000'000'000, qPrintable(QString::number(coveredNs)));
        QStringList text;
        for (std::int64_t v : samples)
            text << QString::number(v);
        const QString report = QStringLiteral("%1: %2 (sampled %3 ms of CPU in %4 ms, the thread's clock %5 ms)")
                                   .arg(busy ? QStringLiteral("busy") : QStringLiteral("sleeping"), text.join(u' '))
                                   .arg(sampledCpuNs / 1e6, 0, 'f', 1)
                                   .arg(coveredNs / 1e6, 0, 'f', 1)
                                   .arg(workerCpuNs / 1e6, 0, 'f', 1);
        qInfo("%s", qPrintable(report));
        if (busy)
            QVERIFY2(workerCpuNs >= 200'000'000, qPrintable(report));
        // The sampled span holds the thread's measured one and little more (the sampler's start
        // and stop); each sample's per-mille rounding is at most half a per mille of its span.
        QVERIFY2(sampledCpuNs >= workerCpuNs * 95 / 100 - 2'000'000, qPrintable(report));
        QVERIFY2(sampledCpuNs <= workerCpuNs * 105 / 100 + 10'000'000, qPrintable(report));
    }

    // stop() records one last sample even before the first interval is over; the destructor
    // stops; a sampler can start again.
    void cpuSamplerStopAndRestart()
    {
        Recorder recorder;
        recorder.registerThread(ThreadKind::Engine, QStringLiteral("main"));
        {
            CpuSampler sampler(recorder, std::chrono::seconds(10));
            QCOMPARE(sampler.interval(), std::chrono::milliseconds(10'000));
            QVERIFY(sampler.startForCurrentThread());
            QCOMPARE(sampler.sampledThread(), std::uint16_t(0));
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            sampler.stop();
            std::vector<Event> events;
            recorder.drain(events);
            QCOMPARE(events.size(), std::size_t(1));
            QCOMPARE(events[0].kind, Kind::CpuUsage);
            QCOMPARE(events[0].id, 0u);
            QVERIFY(sampler.startForCurrentThread()); // again; the destructor stops it
        }
        std::vector<Event> events;
        recorder.drain(events);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(CpuSampler(recorder, std::chrono::milliseconds(0)).interval(), std::chrono::milliseconds(1));
    }

    // Tracing's own threads get a name that shows in top and perf (a name longer than the
    // kernel's 15 characters is cut, not refused) and give way to the threads they record.
    void backgroundThread()
    {
        char name[16] = {};
        int before = 0, after = 0;
        std::thread worker([&] {
            const auto tid = id_t(::syscall(SYS_gettid));
            before = ::getpriority(PRIO_PROCESS, tid);
            becomeBackgroundThread("ls-a-name-longer-than-fifteen");
            after = ::getpriority(PRIO_PROCESS, tid);
            ::pthread_getname_np(::pthread_self(), name, sizeof name);
        });
        worker.join();
        QCOMPARE(QByteArray(name), QByteArray("ls-a-name-longe"));
        QCOMPARE(after, std::min(before + 5, 19));
    }

    // The consumer is woken when the buffers fill past half.
    void consumerWakeup()
    {
        Recorder recorder(Recorder::Options{.maxBufferedEvents = 8 * 1024});
        std::atomic<int> wakes{0};
        recorder.setConsumerWakeup([&wakes] { wakes.fetch_add(1); });
        for (int i = 0; i < 3 * 1024; ++i)
            recorder.record(Kind::Ref);
        QCOMPARE(wakes.load(), 0);
        for (int i = 0; i < 3 * 1024; ++i)
            recorder.record(Kind::Ref);
        QCOMPARE(wakes.load(), 1); // once until the consumer drains
        std::vector<Event> events;
        recorder.drain(events);
        recorder.setConsumerWakeup(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"
