// Recording real runs and replaying them: every event kind is produced, every microtask run has
// its enqueue and every wake its cause, and the replayed state at chosen events of the seed's
// scenarios is what Deno's semantics say it must be.
#include "recording.h"
#include "runtime/run.h"
#include "trace/replay.h"
#include "trace/synthetic.h"
#include "trace/tracefile.h"

#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <set>

using namespace loopscope;
using loopscope::test::examplePath;
using loopscope::test::recordRun;
using loopscope::test::screenshotDir;
using namespace loopscope::trace;

namespace {

std::vector<std::size_t> indicesOf(const TraceData &d, Kind kind)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < d.events.size(); ++i)
        if (d.events[i].kind == kind)
            out.push_back(i);
    return out;
}

QString outputBefore(const TraceData &d, std::size_t index)
{
    QString text;
    for (std::size_t i = 0; i < index; ++i)
        if (d.events[i].kind == Kind::ConsoleOutput)
            text += d.string(d.events[i].str);
    return text;
}

// Every run of a job has its enqueue before it; every wake by a foreign call or a nonblocking
// completion names an earlier event as its cause.
void checkCausality(const TraceData &d)
{
    std::set<std::uint32_t> enqueued;
    std::set<std::uint64_t> seqs;
    for (const Event &e : d.events) {
        if (e.kind == Kind::MicrotaskEnqueued)
            enqueued.insert(e.id);
        if (e.kind == Kind::MicrotaskRunStart)
            QVERIFY2(enqueued.count(e.id), qPrintable(QStringLiteral("job %1 ran without an enqueue").arg(e.id)));
        if (e.kind == Kind::Wake && (e.value == int(WakeCause::ForeignCall) || e.value == int(WakeCause::Nonblocking)
                                     || e.value == int(WakeCause::Timer))) {
            QVERIFY2(e.flow != 0 && seqs.count(e.flow), qPrintable(QStringLiteral("wake %1 has no cause").arg(e.seq)));
        }
        seqs.insert(e.seq);
    }
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LOOPSCOPE_DEMO_LIB", QByteArray(LOOPSCOPE_DEMO_LIB));
    }

    // The seed's thread-safe example: when the native thread regains control, the microtasks
    // the callback queued have all run (the queue is empty) and the sum has been printed.
    void threadSafeMicrotaskReleasesAfterTheDrain()
    {
        const TraceData d = recordRun(examplePath("threadsafe-microtask"));
        QVERIFY(d.complete);
        QCOMPARE(d.meta.at(QStringLiteral("exit_reason")), QStringLiteral("completed"));
        const Replay replay(d);
        const auto released = indicesOf(d, Kind::ForeignCallReleased);
        QVERIFY(released.size() >= 2);
        const std::size_t first = released.front();
        const ReplayState at = replay.stateAt(first);
        QVERIFY(at.microtasks.empty());
        QVERIFY(outputBefore(d, first).contains(QStringLiteral("Result: 499999500000")));
        // Just before the release the native thread was blocked in the callback; after, it runs.
        const std::uint16_t native = d.events[indicesOf(d, Kind::ForeignCallQueued).front()].thread;
        QCOMPARE(replay.stateAt(first - 1).threads.at(native).state, ThreadState::Blocked);
        QCOMPARE(at.threads.at(native).state, ThreadState::Running);
        // While the callback ran, the stack showed it, and the sum's microtask was queued.
        const auto starts = indicesOf(d, Kind::CallbackStart);
        const ReplayState inCallback = replay.stateAt(starts.front() + 1);
        QVERIFY(!inCallback.stack.empty());
        QCOMPARE(inCallback.stack.back().type, Frame::Callback);
        QVERIFY(!inCallback.aliveReasons(d).isEmpty());
        // The explanation of the callback names phase 2a and the native thread's call.
        const QString why = replay.explain(starts.front()).join(u'\n');
        QVERIFY2(why.contains(QStringLiteral("phase 2a")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("called callback #")), qPrintable(why));
        // The microtask that printed the sum ran in the checkpoint after the callback.
        const auto runs = indicesOf(d, Kind::MicrotaskRunStart);
        QVERIFY(!runs.empty());
        const QString whyJob = replay.explain(runs.front()).join(u'\n');
        QVERIFY2(whyJob.contains(QStringLiteral("after a thread-safe callback")), qPrintable(whyJob));
        checkCausality(d);
    }

    // A synchronous callback's microtask waits for the end of the top level.
    void syncCallbackMicrotaskWaits()
    {
        const TraceData d = recordRun(examplePath("sync-callback-microtask"));
        const Replay replay(d);
        const auto enq = indicesOf(d, Kind::MicrotaskEnqueued);
        QVERIFY(!enq.empty());
        // Enqueued inside a sync callback inside a native call inside the script.
        const ReplayState at = replay.stateAt(enq.front());
        QVERIFY(at.stack.size() >= 3);
        QCOMPARE(at.stack[0].type, Frame::Script);
        QCOMPARE(at.stack[1].type, Frame::NativeCall);
        QCOMPARE(at.stack[2].type, Frame::Callback);
        QCOMPARE(at.stack[2].value, std::int64_t(CallbackKind::Sync));
        // It runs only after the top level returned.
        const std::size_t evalEnd = indicesOf(d, Kind::ScriptEvalEnd).front();
        for (std::size_t run : indicesOf(d, Kind::MicrotaskRunStart))
            if (d.events[run].id == d.events[enq.front()].id)
                QVERIFY(run > evalEnd);
        checkCausality(d);
    }

    // Stepping: any position from a snapshot equals applying every event from the start.
    void snapshotsMatchSequentialReplay()
    {
        QString source;
        source += QStringLiteral("let n = 0;\nfor (let i = 0; i < 3000; i++) queueMicrotask(() => { n++; });\n");
        source += QStringLiteral("setTimeout(() => console.log(n), 5);\n");
        const TraceData d = recordRun(QDir::temp().filePath(QStringLiteral("snap.js")), source);
        QVERIFY(d.events.size() > 2 * Replay::kSnapshotEvery);
        const Replay replay(d);
        for (std::size_t i : {std::size_t(0), Replay::kSnapshotEvery - 1, Replay::kSnapshotEvery,
                              Replay::kSnapshotEvery + 7, d.events.size() - 1}) {
            const ReplayState a = replay.stateAt(i);
            QCOMPARE(a.index, i);
            QCOMPARE(a.microtasks.size(), replay.stateAt(i).microtasks.size());
        }
        // Going backward gives the state it had going forward.
        const std::size_t mid = Replay::kSnapshotEvery + 100;
        const auto forward = replay.stateAt(mid).microtasks.size();
        (void)replay.stateAt(d.events.size() - 1);
        QCOMPARE(replay.stateAt(mid).microtasks.size(), forward);
        QCOMPARE(replay.stateAt(d.events.size() - 1).microtasks.size(), std::size_t(0));
    }

    // deno-1.26's spin: while the loop re-polls at once it is busy, not parked; the texts say
    // why. The sampler thread's CPU samples are a measurement, not a thread's state.
    void spinningIsNotParked()
    {
        const TraceData d = spinningTrace({.spinNs = 200'000'000});
        Replay replay(d);
        const auto idles = indicesOf(d, Kind::Idle);
        QCOMPARE(idles.size(), std::size_t(3));
        const std::size_t parked = idles[0], spin = idles[1], parkedAgain = idles[2];
        QCOMPARE(d.events[spin].value, kIdleSpin);
        std::size_t wake = spin + 1;
        while (d.events[wake].kind != Kind::Wake || d.events[wake].thread != 0)
            ++wake;

        const ReplayState atParked = replay.stateAt(parked);
        QVERIFY(atParked.idle && !atParked.spinning);
        QCOMPARE(atParked.threads.at(0).state, ThreadState::Idle);
        QCOMPARE(Replay::loopText(atParked), QStringLiteral("parked (idle)"));

        // The last event of the spin: the samples taken during it, the worker's call queued.
        const ReplayState spinning = replay.stateAt(wake - 1);
        QVERIFY(spinning.spinning);
        QVERIFY(!spinning.idle);
        QCOMPARE(spinning.threads.at(0).state, ThreadState::Running);
        QCOMPARE(spinning.threads.at(0).since, spin);
        QVERIFY2(spinning.cpu.at(0) >= 990, qPrintable(QString::number(spinning.cpu.at(0))));
        QVERIFY(!spinning.threads.count(2)); // the sampler thread has no state
        QCOMPARE(Replay::loopText(spinning), Replay::spinText());
        QCOMPARE(Replay::spinText(),
                 QStringLiteral("spinning: a ref'ed callback makes the loop re-poll at once (deno-1.26)"));
        QVERIFY(spinning.aliveReasons(d).join(u'\n').contains(u"onTick"));

        const ReplayState woken = replay.stateAt(wake);
        QVERIFY(!woken.spinning && !woken.idle);
        QCOMPARE(Replay::loopText(woken), QStringLiteral("busy"));
        QVERIFY(replay.stateAt(parkedAgain).idle);
        QCOMPARE(Replay::loopText(replay.stateAt(d.events.size() - 1)), QStringLiteral("the run has ended"));

        QVERIFY(replay.describe(spin).endsWith(Replay::spinText()));
        QCOMPARE(Replay::valueText(Kind::Idle, kIdleSpin), QStringLiteral("spinning"));
        const QStringList why = replay.explain(spin);
        QVERIFY2(why.join(u'\n').contains(u"callback #1 (onTick)"), qPrintable(why.join(u'\n')));
        QVERIFY2(why.join(u'\n').contains(u"deno-1.26"), qPrintable(why.join(u'\n')));
        const QStringList wakeWhy = replay.explain(wake);
        QVERIFY2(wakeWhy.join(u'\n').contains(u"spinning"), qPrintable(wakeWhy.join(u'\n')));
        QVERIFY(!replay.explain(idles[0] + 1).join(u'\n').contains(u"spinning")); // the timer's wake

        const std::size_t sample = indicesOf(d, Kind::CpuUsage).front();
        QVERIFY2(replay.describe(sample).contains(u"main used"), qPrintable(replay.describe(sample)));
        QVERIFY2(replay.describe(sample).contains(u"over the last 25.000 ms"), qPrintable(replay.describe(sample)));
    }

    // deno-1.30's hang: the explanation names the waiting thread, the callback and the wait.
    void hangIsExplained()
    {
        TraceData d = spinningTrace({.spinNs = 100'000'000});
        const std::size_t queued = indicesOf(d, Kind::ForeignCallQueued).front();
        d.strings.push_back(QStringLiteral("the call cannot wake the loop"));
        Event hang = d.events[queued];
        hang.kind = Kind::Diagnostic;
        hang.value = int(DiagnosticKind::Hang);
        hang.id = d.events[queued].id2;
        hang.id2 = d.events[queued].id;
        hang.flow = d.events[queued].seq;
        hang.str = std::uint32_t(d.strings.size() - 1);
        hang.t += 10'000;
        hang.seq = d.events.back().seq + 1;
        d.events.push_back(hang);
        Replay replay(d);
        const std::size_t index = d.events.size() - 1;
        QCOMPARE(Replay::valueText(Kind::Diagnostic, int(DiagnosticKind::Hang)), QStringLiteral("hang"));
        const QString why = replay.explain(index).join(u'\n');
        QVERIFY2(why.contains(u"worker called callback #1 (onTick) 0.010 ms earlier (foreign call #1)"), qPrintable(why));
        QVERIFY2(why.contains(u"deno-1.30"), qPrintable(why));
        QVERIFY2(why.contains(u"because"), qPrintable(why)); // the chain of causes: the queued call
        QCOMPARE(replay.causes(index).front(), queued);
    }

    // Every event kind the engine knows is produced by at least one of these runs.
    void everyKindIsProduced()
    {
        std::set<Kind> seen;
        auto collect = [&seen](const TraceData &d) {
            for (const Event &e : d.events)
                seen.insert(e.kind);
            checkCausality(d); // timer wakes included: every example has some
        };
        for (const char *name : {"threadsafe-microtask", "interrupt-handler", "ref-counts", "nonblocking-order",
                                 "threadsafe-settimeout-defer", "callback-exceptions"})
            collect(recordRun(examplePath(name)));
        const QString extra = QStringLiteral(R"JS(
const lib = Deno.dlopen(Deno.env.get("LOOPSCOPE_DEMO_LIB"), {
  demo_call_n: { parameters: ["function", "i32"], result: "i32" },
});
const cb = new Deno.UnsafeCallback({ parameters: ["i32", "f64"], result: "i32" }, (i) => i);
cb.close();
lib.symbols.demo_call_n(cb.pointer, 1); // a call after close(): a diagnostic
const t = setTimeout(() => {}, 50);
clearTimeout(t);
process.nextTick(() => console.log("tick"));
)JS");
        collect(recordRun(QDir::temp().filePath(QStringLiteral("kinds.js")), extra));
        QStringList missing;
        for (int k = 1; k < int(Kind::Count); ++k)
            if (Kind(k) != Kind::EventsLost && !seen.count(Kind(k)))
                missing << QString::fromLatin1(kindName(Kind(k)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
